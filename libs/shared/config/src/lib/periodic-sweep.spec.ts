import { PeriodicSweep } from './periodic-sweep';

describe('PeriodicSweep', () => {
  it('runs one pass at a time, reports a failure and runs the next pass as usual', async () => {
    const failures: unknown[] = [];
    let passes = 0;
    let finish: () => void = () => undefined;
    const sweep = new PeriodicSweep(
      () => {
        passes++;
        if (passes === 2) return Promise.reject(new Error('database away'));
        return new Promise<void>((resolve) => (finish = resolve));
      },
      (error) => failures.push(error),
    );
    const first = sweep.run();
    expect(sweep.run()).toBe(first);
    finish();
    await first;
    await sweep.run();
    expect(failures).toEqual([new Error('database away')]);
    const third = sweep.run();
    finish();
    await third;
    expect(passes).toBe(3);
  });

  it('on stop awaits the running pass and runs no more', async () => {
    let finish: () => void = () => undefined;
    let passes = 0;
    const sweep = new PeriodicSweep(() => {
      passes++;
      return new Promise<void>((resolve) => (finish = resolve));
    }, () => undefined);
    const running = sweep.run();
    let stopped = false;
    const stopping = sweep.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await Promise.all([running, stopping]);
    expect(stopped).toBe(true);
    await sweep.run();
    sweep.start(10);
    expect(passes).toBe(1);
  });
});
