import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot, ReleaseEntity } from '@concord/control-list';
import { CCL_FILE, parsedCcl } from './control-list-fixtures';
import { concordCli } from './support/concord-process';
import { startTestApp, TestApp } from './support/test-app';

// Each case starts the CLI as separate processes, each compiling TypeScript as it starts: several of them on a busy
// two-core machine take longer than the default minute, which says nothing about the behaviour under test.
jest.setTimeout(240_000);

describe('the concord command line', () => {
  let t: TestApp;
  let work: string;
  beforeAll(async () => {
    t = await startTestApp();
    work = mkdtempSync(join(tmpdir(), 'concord-cli-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('checks an import in a dry run: report, defects by location, exit code 0, nothing kept', async () => {
    const report = join(work, 'report.json');
    const run = await concordCli(t.database.url, 'import', CCL_FILE, '--categories', '4,5', '--dry-run', '--report', report);
    expect(run.code).toBe(0);
    const expected = parsedCcl({ categories: ['4', '5'] });
    expect(run.stdout).toMatch(new RegExp(`entries\\s+${expected.counts.entries.read}\\s+${expected.counts.entries.written}\\s+${expected.counts.entries.rejected}`));
    expect(run.stdout).toMatch(new RegExp(`paragraphs\\s+${expected.counts.paragraphs.read}\\s+${expected.counts.paragraphs.written}`));
    expect(run.stdout).toContain(`Defects in the source: ${expected.defects.length}`);
    expect(run.stdout).toContain(expected.defects[0].location);
    expect(run.stdout).toMatch(/Dry run: release 2026\.0 would be imported/);
    expect(run.stderr).toMatch(/Written \d+\/\d+ entries/);
    const saved = JSON.parse(readFileSync(report, 'utf8'));
    expect(saved).toMatchObject({ status: 'CHECKED', dryRun: true, counts: expected.counts, selection: { categories: ['4', '5'] } });
    expect(saved.defects).toEqual(expected.defects);
    expect(await t.db.query('SELECT count(*)::int AS n FROM release')).toEqual([{ n: 0 }]);
  });

  it('imports, then refuses the same list again with exit code 1', async () => {
    const imported = await concordCli(t.database.url, 'import', CCL_FILE, '--codes', '4A005,4D004,4E001,5A001', '--effective-from', '2026-09-01');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported release 2026\.0 \(published\): 4 entries/);
    const [release] = await t.db.query(`SELECT version, status, effective_from::text AS "effectiveFrom" FROM release`);
    expect(release).toEqual({ version: '2026.0', status: 'PUBLISHED', effectiveFrom: '2026-09-01' });

    const again = await concordCli(t.database.url, 'import', CCL_FILE, '--codes', '4A005,4D004,4E001,5A001', '--version', '2026.1');
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/Refused \(DUPLICATE_IMPORT\): .*2026\.0/);
  });

  it('exports a release in Concord format, as JSON and as CSV', async () => {
    const out = join(work, 'export.json');
    const json = await concordCli(t.database.url, 'export', '--version', '2026.0', '--format', 'json', '--out', out);
    expect(json.code).toBe(0);
    const release = await t.db.getRepository(ReleaseEntity).findOneByOrFail({ version: '2026.0' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(await readSnapshot(t.db.manager, release))));
    const csv = await concordCli(t.database.url, 'export', '--version', '2026.0', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^code,heading,status,reasons/);
    const missing = await concordCli(t.database.url, 'export', '--version', '2019.0');
    expect(missing.code).toBe(1);
  });

  it('keeps the codes a new baseline leaves out as reserved, so a removed code is never reused', async () => {
    const imported = await concordCli(t.database.url, 'import', CCL_FILE, '--codes', '4A005,4D004,4E001');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported release 2026\.1 \(published\): 4 entries/);
    expect(imported.stdout).toMatch(/1 code\(s\) of the release in force are not in this list and stay reserved .*: 5A001\./);
    const rows = await t.db.query(
      `SELECT e.code, e.status, cardinality(e.reasons) AS reasons FROM release_entry e JOIN release r ON r.id = e.release_id
       WHERE r.version = '2026.1' ORDER BY e.position`,
    );
    expect(rows).toEqual([
      { code: '4A005', status: 'ACTIVE', reasons: expect.any(Number) },
      { code: '4D004', status: 'ACTIVE', reasons: expect.any(Number) },
      { code: '4E001', status: 'ACTIVE', reasons: expect.any(Number) },
      { code: '5A001', status: 'RESERVED', reasons: 0 },
    ]);
  });

  it('answers usage errors with exit code 2 and help with exit code 0', async () => {
    const badCode = await concordCli(t.database.url, 'import', CCL_FILE, '--codes', '4A05');
    expect(badCode).toMatchObject({ code: 2 });
    expect(badCode.stderr).toMatch(/--codes: not entry codes/);
    expect((await concordCli(t.database.url, 'import')).code).toBe(2);
    expect((await concordCli(t.database.url, 'export', '--version', '2026.0', '--format', 'xml')).code).toBe(2);
    const help = await concordCli(t.database.url, 'import', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--dry-run/);
  });
});
