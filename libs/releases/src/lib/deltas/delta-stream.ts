/**
 * The deltas of a subscription: each event from `source` turned into a value, skipped when that is null. Closing it
 * closes the source at once, even while it waits for the next event (an async generator would wait for that event).
 */
export class DeltaStream<S, T> implements AsyncIterableIterator<T> {
  constructor(
    private readonly source: AsyncIterableIterator<S>,
    private readonly map: (value: S) => Promise<T | null>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      const event = await this.source.next();
      if (event.done) return { value: undefined, done: true };
      const value = await this.map(event.value);
      if (value !== null) return { value, done: false };
    }
  }

  async return(): Promise<IteratorResult<T>> {
    await this.source.return?.();
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
