/**
 * A subscriber's queue as the AsyncIterator graphql-ws consumes. A subscriber that stops reading is cut off at
 * `limit` pending events instead of growing the process's memory without bound.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly pending: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(
    private readonly onClose: () => void,
    private readonly limit = 1000,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter({ value, done: false });
    if (this.pending.length >= this.limit) {
      void this.return();
      return;
    }
    this.pending.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending.length) return Promise.resolve({ value: this.pending.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.pending.length = 0;
      this.onClose();
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
