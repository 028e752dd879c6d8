interface Waiter<V> {
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/** As DataLoader schedules a batch: once the promise jobs queued now have run, so lookups they make join it. */
const afterPromiseJobs = (job: () => void) => void Promise.resolve().then(() => process.nextTick(job));

/**
 * Batches lookups whose answer must be taken after they were asked: one batch runs at a time, and a key asked while
 * a batch runs waits for the next one, which starts when it ends, with every key asked meanwhile. So every answer
 * comes from a fetch that began after its lookup did (a change committed before the lookup is seen), and however
 * many reads arrive at once, the fetches run one after another instead of side by side. Keys asked in the same tick
 * share a batch, as with DataLoader.
 */
export class FreshBatches<K, V> {
  private running = false;
  private waiting = new Map<K, Waiter<V>[]>();

  constructor(private readonly fetch: (keys: K[]) => Promise<ReadonlyMap<K, V>>) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      const waiters = this.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.running) {
        this.running = true;
        afterPromiseJobs(() => void this.run());
      }
    });
  }

  private async run(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    try {
      const values = await this.fetch([...batch.keys()]);
      for (const [key, waiters] of batch) {
        const value = values.get(key);
        for (const waiter of waiters) {
          if (value === undefined) waiter.reject(new Error(`No value was fetched for ${String(key)}`));
          else waiter.resolve(value);
        }
      }
    } catch (error) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
    // The resolvers just woken ask their next lookups as their promises settle: those join the next batch too.
    afterPromiseJobs(() => {
      if (this.waiting.size) void this.run();
      else this.running = false;
    });
  }
}
