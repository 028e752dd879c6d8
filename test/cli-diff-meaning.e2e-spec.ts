import { join } from 'node:path';
import { concordCli } from './support/concord-process';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const CCL_2025 = join(ROOT, 'db/seeds/data/us-ccl-2025-07/ccl_parsed_checked.json');
const CCL_2026 = join(ROOT, 'db/seeds/data/us-ccl-2026-07-23/ccl.json');

// Each case starts the CLI as a separate process compiling TypeScript as it starts (see cli.e2e-spec.ts).
jest.setTimeout(240_000);

describe('concord import and concord diff --meaning on the mid-2025 CCL snapshot', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('checks an import of the 2025 file: its format named, counts, nothing kept', async () => {
    const run = await concordCli(t.database.url, 'import', CCL_2025, '--codes', '4A005,5A001,5D002', '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(CCL JSON with markdown per ECCN)');
    expect(run.stdout).toMatch(/entries\s+3\s+3\s+0/);
    expect(await t.db.query('SELECT count(*)::int AS n FROM release')).toEqual([{ n: 0 }]);
  });

  it('prints what each change between the two snapshots means, offline, as text and as JSON', async () => {
    const codes = ['--codes', '4A005,5A001,5E002'];
    const text = await concordCli(t.database.url, 'diff', CCL_2025, CCL_2026, '--meaning', ...codes);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/AMENDED\s+4A005\s+DECONTROL/);
    expect(text.stdout).toMatch(/AMENDED\s+5E002\s+REASONS_CHANGED/);
    expect(text.stdout).toContain('Crosswalk (0 path(s) renumbered):');
    expect(text.stdout).toContain('3 change(s): NEW_CONTROL 0, DECONTROL 1, BROADENED 0, NARROWED 0, REASONS_CHANGED 1, RENUMBERED 0, EDITORIAL 1');

    const json = await concordCli(t.database.url, 'diff', CCL_2025, CCL_2026, '--meaning', '--json', ...codes);
    const result = JSON.parse(json.stdout);
    expect(result.changes.map((change: { code: string; meaning: { meanings: string[] } }) => [change.code, change.meaning.meanings])).toEqual([
      ['4A005', ['DECONTROL']],
      ['5A001', ['EDITORIAL']],
      ['5E002', ['REASONS_CHANGED']],
    ]);
    expect(result.crosswalk).toEqual([]);
  });
});
