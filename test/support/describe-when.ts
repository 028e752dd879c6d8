/**
 * `describe` when what the suite needs is there. Otherwise, on a user's machine, `describe.skip` with a warning nobody
 * can miss, naming what is missing and the command that installs it: a suite that is not run must never look like one
 * that passed. In CI (`CI=true`, which `.ci/run` sets after installing everything the suites need) a missing program
 * fails the suite instead: there, not running it would hide a broken set-up.
 */
export function describeWhen(available: boolean, name: string, missing: string, install: string, fn: () => void): void {
  if (available) {
    describe(name, fn);
    return;
  }
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has what it needs on this CI machine', () => {
        throw new Error(`${missing} CI must run this suite: install it with ${install}`);
      });
    });
    return;
  }
  const lines = [`SKIPPED: ${name}`, `${missing} Install one with:`, `  ${install}`];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '!'.repeat(width + 6);
  console.warn([bar, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), bar].join('\n'));
  describe.skip(name, fn);
}
