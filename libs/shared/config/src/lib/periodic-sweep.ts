/**
 * Background work a timer runs every interval and a test runs on demand: one pass at a time (a call during a pass
 * gets that pass), a failure reported and the next pass tried as usual, and on `stop` the timer cleared and a running
 * pass awaited, so nothing touches the database after it closes.
 */
export class PeriodicSweep {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Timer passes every `intervalMs`; the timer keeps no process alive. A stopped sweep does not start again. */
  start(intervalMs: number): void {
    if (this.stopped) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  run(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.pass()
      .catch(this.failed)
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
