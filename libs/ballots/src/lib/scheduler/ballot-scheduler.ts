import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { BallotClosing } from '../ballots/ballot-closing';
import { BallotReminders } from './ballot-reminders';

/**
 * Closes ballots at their deadline, and reminds states without a position a day before it. It sweeps on start, so ballots that fell due while the API was down close then,
 * and every interval after; each close is its own locked transaction, so several API instances may sweep at once.
 */
@Injectable()
export class BallotScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BallotScheduler');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly closing: BallotClosing,
    private readonly reminders: BallotReminders,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    if (this.stopped) return;
    this.timer = setInterval(() => void this.sweep(), this.config.ballotSchedulerIntervalMs);
    this.timer.unref();
  }

  /** Before the database connection closes: stop the timer and let a running sweep finish. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
  }

  sweep(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.sweeping ??= this.closing
      .closeOverdue()
      .then(async (closed) => {
        if (closed) this.logger.log(`Closed ${closed} ballot(s) at their deadline`);
        const reminded = await this.reminders.remindDue();
        if (reminded) this.logger.log(`Reminded ${reminded} state(s) of a ballot closing within a day`);
      })
      .catch((error: unknown) => this.logger.error(`Closing overdue ballots failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.sweeping = undefined;
      });
    return this.sweeping;
  }
}
