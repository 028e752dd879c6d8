import { FreshBatches } from './fresh-batches';

/** A fetch the test finishes by hand, recording the keys of each batch as it starts. */
function controlledFetch() {
  const started: string[][] = [];
  const finish: (() => void)[] = [];
  let version = 0;
  const fetch = (keys: string[]) => {
    started.push(keys);
    const seen = ++version;
    return new Promise<ReadonlyMap<string, string>>((resolve) => finish.push(() => resolve(new Map(keys.map((key) => [key, `${key}@${seen}`])))));
  };
  return { fetch, started, finish };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('FreshBatches', () => {
  it('answers lookups of one tick with one fetch', async () => {
    const { fetch, started, finish } = controlledFetch();
    const batches = new FreshBatches(fetch);
    const answers = Promise.all([batches.load('a'), batches.load('b'), batches.load('a')]);
    await tick();
    expect(started).toEqual([['a', 'b']]);
    finish[0]();
    expect(await answers).toEqual(['a@1', 'b@1', 'a@1']);
  });

  it('never answers a lookup from a fetch that began before it, and runs one fetch at a time', async () => {
    const { fetch, started, finish } = controlledFetch();
    const batches = new FreshBatches(fetch);
    const early = batches.load('a');
    await tick();
    const late = [batches.load('a'), batches.load('b')];
    await tick();
    // The first fetch is still running: the later lookups wait for the next, not side by side with it.
    expect(started).toEqual([['a']]);
    finish[0]();
    expect(await early).toBe('a@1');
    await tick();
    expect(started).toEqual([['a'], ['a', 'b']]);
    finish[1]();
    expect(await Promise.all(late)).toEqual(['a@2', 'b@2']);
  });

  it('rejects a failed batch\'s lookups and serves the next batch afresh', async () => {
    let calls = 0;
    const batches = new FreshBatches(async (keys: string[]) => {
      if (++calls === 1) throw new Error('database away');
      return new Map(keys.map((key) => [key, 'ok']));
    });
    await expect(batches.load('a')).rejects.toThrow('database away');
    await expect(batches.load('a')).resolves.toBe('ok');
  });

  it('rejects a lookup the fetch had no value for', async () => {
    const batches = new FreshBatches(async () => new Map<string, string>());
    await expect(batches.load('missing')).rejects.toThrow('No value was fetched for missing');
  });
});
