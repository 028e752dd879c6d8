/**
 * `describe` when what the suite needs is there; otherwise `describe.skip` with a warning nobody can miss, naming what
 * is missing and the command that installs it: a suite that is not run must never look like one that passed.
 */
export function describeWhen(available: boolean, name: string, missing: string, install: string, fn: () => void): void {
  if (available) {
    describe(name, fn);
    return;
  }
  const lines = [`SKIPPED: ${name}`, `${missing} Install one with:`, `  ${install}`];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '!'.repeat(width + 6);
  console.warn([bar, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), bar].join('\n'));
  describe.skip(name, fn);
}
