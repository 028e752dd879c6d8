import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConcordConfig, InjectConfig, PeriodicSweep } from '@concord/shared/config';
import { BallotClosing } from '../ballots/ballot-closing';
import { BallotReminders } from './ballot-reminders';

/**
 * Closes ballots at their deadline, and reminds states without a position a day before it. It sweeps on start, so ballots that fell due while the API was down close then,
 * and every interval after; each close is its own locked transaction, so several API instances may sweep at once.
 */
@Injectable()
export class BallotScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BallotScheduler');
  private readonly sweeper = new PeriodicSweep(
    async () => {
      const closed = await this.closing.closeOverdue();
      if (closed) this.logger.log(`Closed ${closed} ballot(s) at their deadline`);
      const reminded = await this.reminders.remindDue();
      if (reminded) this.logger.log(`Reminded ${reminded} state(s) of a ballot closing within a day`);
    },
    (error) => this.logger.error(`Closing overdue ballots failed: ${error instanceof Error ? error.message : String(error)}`),
  );

  constructor(
    private readonly closing: BallotClosing,
    private readonly reminders: BallotReminders,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.sweeper.start(this.config.ballotSchedulerIntervalMs);
  }

  /** Before the database connection closes: stop the timer and let a running sweep finish. */
  onModuleDestroy(): Promise<void> {
    return this.sweeper.stop();
  }

  sweep(): Promise<void> {
    return this.sweeper.run();
  }
}
