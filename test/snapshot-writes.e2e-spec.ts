import { seedControlList } from '@concord/database';
import { FULL_CHECK_EVERY_MS } from '@concord/releases';
import { Clock } from '@concord/shared/config';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { asTableOwner, behindTheTriggers } from './support/behind-the-triggers';
import { QUIET_BACKGROUND, recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

// Each read asks a different page size, so that none is answered from the response cache without a check.
let reads = 0;
const page = () => `{ release(version: "2026.0") { entries(first: ${++reads}) { edges { node { code heading } } } } }`;
const EDIT_5A001 = `UPDATE release_entry SET heading = heading || ' (edited)' WHERE code = '5A001'`;
const FINGERPRINT = /sum\(xmin/;

describe('a verified release is read again on the strength of the snapshot writes, and its rows fingerprinted when they move', () => {
  let t: TestApp;
  let reader: GraphQLClient;
  let now: Date;

  beforeEach(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    now = new Date('2026-12-07T12:00:00Z');
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    reader = await t.as('delegate.jp@example.org');
    // The first read verifies the release leaf by leaf.
    await reader.data(page());
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const fingerprintsTakenBy = async (query: string) => {
    const recorder = recordQueries(t);
    try {
      const response = await reader.request(query);
      return { response, fingerprints: recorder.queries().filter(({ query: sql }) => FINGERPRINT.test(sql)).length };
    } finally {
      recorder.stop();
    }
  };

  it('takes no fingerprint while nothing was written, one once a snapshot table is written or FULL_CHECK_EVERY_MS has passed', async () => {
    expect((await fingerprintsTakenBy(page())).fingerprints).toBe(0);

    now = new Date(now.getTime() + FULL_CHECK_EVERY_MS);
    const late = await fingerprintsTakenBy(page());
    expect({ errors: late.response.errors, fingerprints: late.fingerprints }).toEqual({ errors: undefined, fingerprints: 1 });
    expect((await fingerprintsTakenBy(page())).fingerprints).toBe(0);

    // A statement that changes no row still counts as a write: the fingerprint is taken, and the unchanged rows are served.
    await behindTheTriggers(t.database.url, `UPDATE release_paragraph_text SET text = text WHERE false`, []);
    const written = await fingerprintsTakenBy(page());
    expect({ errors: written.response.errors, fingerprints: written.fingerprints }).toEqual({ errors: undefined, fingerprints: 1 });
  });

  it('refuses, from the next read, an authentic text added behind the triggers after the release was verified', async () => {
    await behindTheTriggers(
      t.database.url,
      `INSERT INTO release_paragraph_text (release_id, entry_code, position, language, text, source_digest)
       SELECT release_id, entry_code, position, 'fr', 'Un texte que personne n''a signé', encode(sha256(convert_to(text, 'UTF8')), 'hex')
       FROM release_paragraph WHERE entry_code = '5A001' AND position = 0`,
      [],
    );
    const response = await reader.request(`{ release(version: "2026.0") { entry(code: "5A001") { paragraphs { texts { text } } } } }`);
    expect(errorOf(response)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
    expect(JSON.stringify(response.data ?? null)).not.toContain('personne');
  });

  it('refuses at once rows changed while a writes trigger is left disabled: the writes are not trusted then', async () => {
    await asTableOwner(t.database.url, [
      `ALTER TABLE release_entry DISABLE TRIGGER release_entry_written`,
      `ALTER TABLE release_entry DISABLE TRIGGER release_entry_immutable`,
      EDIT_5A001,
    ]);
    const response = await reader.request(page());
    expect(errorOf(response)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
  });

  it('refuses rows changed with the triggers off and on again from the first read FULL_CHECK_EVERY_MS after the last fingerprint', async () => {
    await asTableOwner(t.database.url, [
      `ALTER TABLE release_entry DISABLE TRIGGER release_entry_written`,
      `ALTER TABLE release_entry DISABLE TRIGGER release_entry_immutable`,
      EDIT_5A001,
      `ALTER TABLE release_entry ENABLE ALWAYS TRIGGER release_entry_written`,
      `ALTER TABLE release_entry ENABLE TRIGGER release_entry_immutable`,
    ]);
    now = new Date(now.getTime() + FULL_CHECK_EVERY_MS);
    const response = await reader.request(page());
    expect(errorOf(response)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
    expect(JSON.stringify(response.data ?? null)).not.toContain('(edited)');
  });
});
