import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { BallotClosing } from '../ballots/ballot-closing';

export const BALLOT_SCHEDULER_INTERVAL = Symbol('BALLOT_SCHEDULER_INTERVAL');
const DEFAULT_INTERVAL_MS = 5000;

/** BALLOT_SCHEDULER_INTERVAL_MS: how late past its deadline a ballot may close, at most. */
export function schedulerIntervalFrom(env: Record<string, string | undefined>): number {
  const raw = env['BALLOT_SCHEDULER_INTERVAL_MS'];
  if (raw === undefined || raw === '') return DEFAULT_INTERVAL_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 50 || value > 3_600_000) {
    throw new Error(`BALLOT_SCHEDULER_INTERVAL_MS must be an integer between 50 and 3600000, got "${raw}"`);
  }
  return value;
}

/**
 * Closes ballots at their deadline. It sweeps on start, so ballots that fell due while the API was down close then,
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
    @Inject(BALLOT_SCHEDULER_INTERVAL) private readonly intervalMs: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    if (this.stopped) return;
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
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
      .then((closed) => {
        if (closed) this.logger.log(`Closed ${closed} ballot(s) at their deadline`);
      })
      .catch((error: unknown) => this.logger.error(`Closing overdue ballots failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.sweeping = undefined;
      });
    return this.sweeping;
  }
}
