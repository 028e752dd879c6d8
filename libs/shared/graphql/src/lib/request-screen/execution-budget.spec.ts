import { ExecutionBudget, Release } from './execution-budget';

/** Settles what is already resolved, so that a claim still pending is seen as pending. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

function track(claim: Release | Promise<Release>) {
  const state: { release?: Release } = {};
  void Promise.resolve(claim).then((release) => (state.release = release));
  return state;
}

describe('ExecutionBudget', () => {
  it('admits claims while they fit, then queues the rest first come first served', async () => {
    const budget = new ExecutionBudget(100, 10);
    const first = track(budget.claim(60));
    const second = track(budget.claim(60));
    const third = track(budget.claim(30));
    await settled();
    // The third would fit beside the first, but waits behind the second: no large claim starves.
    expect([!!first.release, !!second.release, !!third.release]).toEqual([true, false, false]);
    expect({ inUse: budget.inUse, waiting: budget.waiting }).toEqual({ inUse: 60, waiting: 2 });

    first.release!();
    await settled();
    expect([!!second.release, !!third.release]).toEqual([true, true]);
    expect({ inUse: budget.inUse, waiting: budget.waiting }).toEqual({ inUse: 90, waiting: 0 });
  });

  it('never makes cheap work wait, even behind a queue', async () => {
    const budget = new ExecutionBudget(100, 10);
    const running = track(budget.claim(100));
    const queued = track(budget.claim(50));
    const cheap = track(budget.claim(9));
    await settled();
    expect([!!running.release, !!queued.release, !!cheap.release]).toEqual([true, false, true]);
    expect(budget.inUse).toBe(100);
  });

  it('runs a claim larger than the whole budget alone rather than never', async () => {
    const budget = new ExecutionBudget(100, 0);
    const small = track(budget.claim(1));
    const huge = track(budget.claim(1_000_000));
    await settled();
    expect([!!small.release, !!huge.release]).toEqual([true, false]);
    small.release!();
    await settled();
    expect(huge.release).toBeDefined();
    expect(budget.inUse).toBe(100);
  });

  it('gives a claim back once, however often it is released', async () => {
    const budget = new ExecutionBudget(100, 0);
    const release = (await budget.claim(40)) as Release;
    const other = (await budget.claim(40)) as Release;
    release();
    release();
    expect(budget.inUse).toBe(40);
    other();
    expect(budget.inUse).toBe(0);
  });

  it('refuses a budget that could admit nothing', () => {
    expect(() => new ExecutionBudget(0, 0)).toThrow(RangeError);
    expect(() => new ExecutionBudget(10, -1)).toThrow(RangeError);
  });
});
