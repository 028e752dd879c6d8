import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';

export interface OutboxPollerOptions {
  /** One round of work; resolves true while rows are still due. A rejection counts as "still due". */
  round(): Promise<boolean>;
  /** How long to wait before the next round, given whether work was still due (or a wake came during the round). */
  delayAfter(busy: boolean): number;
}

/**
 * The loop every outbox (mail, webhook deliveries) runs: one round at a time, again soon while rows are due, rarely
 * when idle, and at once when a transaction that queued rows commits on this instance. Waking after the commit,
 * not at the enqueue, means a round never looks for rows another transaction cannot see yet.
 */
export class OutboxPoller implements EntitySubscriberInterface {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private wakeRequested = false;
  private readonly wakeOnCommit = new WeakSet<QueryRunner>();

  constructor(
    db: DataSource,
    private readonly options: OutboxPollerOptions,
  ) {
    db.subscribers.push(this);
  }

  start(): void {
    this.schedule(0);
  }

  /** Stops the loop and waits for the round in flight, so its outcome is recorded before the pool closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Rows were queued through this manager: run a round as soon as its transaction commits (now, outside one). */
  wakeAfterCommit(manager: EntityManager): void {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.wakeOnCommit.add(runner);
    else this.wake();
  }

  afterTransactionCommit(commit: TransactionCommitEvent): void {
    if (commit.queryRunner.isTransactionActive || !this.wakeOnCommit.delete(commit.queryRunner)) return;
    this.wake();
  }

  private wake(): void {
    this.wakeRequested = true;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.wakeRequested = false;
      this.running = this.options
        .round()
        .catch(() => true)
        .then((busy) => {
          this.running = undefined;
          this.schedule(this.options.delayAfter(busy || this.wakeRequested));
        });
    }, delayMs);
  }
}
