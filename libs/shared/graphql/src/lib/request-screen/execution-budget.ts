/** Gives back what `ExecutionBudget.claim` took; a second call does nothing. */
export type Release = () => void;

interface Waiting {
  claim: number;
  admit: (release: Release) => void;
}

/**
 * How much priced work may execute at once. An operation claims its cost (`queryCost`) and runs while the claims
 * of all running operations fit in the budget; one that does not fit waits, first come first served, for running
 * ones to finish. An operation costing more than the whole budget claims all of it, so it runs alone rather than
 * never. Cheap operations, below `free`, claim nothing and never wait.
 *
 * Why: the answers of costly operations (whole pages of the list) are built in memory, and on two cores twenty of
 * them at once are answered no sooner than two or three at a time, only with twenty answers' worth of rows, objects
 * and JSON alive together (issue 16: ≤ 300 MiB under the full pull).
 */
export class ExecutionBudget {
  private running = 0;
  private readonly queue: Waiting[] = [];

  constructor(
    readonly budget: number,
    readonly free: number,
  ) {
    if (!(budget > 0) || !(free >= 0)) throw new RangeError(`An execution budget must be positive and its free allowance not negative (got ${budget} and ${free})`);
  }

  /** Claims that are executing, in cost units. */
  get inUse(): number {
    return this.running;
  }

  /** Operations waiting for budget. */
  get waiting(): number {
    return this.queue.length;
  }

  claim(cost: number): Release | Promise<Release> {
    if (cost < this.free) return () => undefined;
    const claim = Math.min(cost, this.budget);
    if (this.queue.length === 0 && this.running + claim <= this.budget) return this.take(claim);
    return new Promise<Release>((admit) => this.queue.push({ claim, admit }));
  }

  private take(claim: number): Release {
    this.running += claim;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= claim;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.queue.length && this.running + this.queue[0].claim <= this.budget) {
      const next = this.queue.shift()!;
      next.admit(this.take(next.claim));
    }
  }
}
