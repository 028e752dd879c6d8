import { ListDocument } from '@concord/control-list';
import { termsUsedBy } from '@concord/proposals';
import { ControlListImporter } from '@concord/releases';
import { GraphQLClient } from '@concord/shared/testing';
import { parsedCcl } from './control-list-fixtures';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { eventually } from './support/eventually';
import { QUIET_BACKGROUND, recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const CHANGE_FIELDS = `subject code term kind before after proposal proposals`;
const DRAFT = `{ workingDraft { baseVersion publishable summary { entries active reserved definitions } changes { ${CHANGE_FIELDS} } conflicts { kind code term proposals message } } }`;
const PREVIEW = `query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { publishable summary { entries active reserved definitions } changes { ${CHANGE_FIELDS} } } }`;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version entryCount digest changes { ${CHANGE_FIELDS} } } }`;
const TERM = 'intrusion software';

/** A list with one definition, so that a proposal can remove it from under the entries that quote it. */
const withDefinition = (list: ListDocument): ListDocument => ({ ...list, definitions: [{ term: TERM, text: 'Software specially designed to avoid detection.' }] });

/**
 * The working draft and the preview read only what the adopted proposals touch (DESIGN §3): the statements they send
 * do not grow with the list, and what they report is what publication then writes.
 */
describe('working draft: proportional to the adopted changes, not to the list', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;
  let importer: ControlListImporter;
  let amendment: { id: string; reference: string };

  const draftStatements = async () => {
    // The adoptions' notification mails are sent in the background on the same data source: not while counting.
    await eventually(async () => (await t.db.query(`SELECT count(*)::int AS pending FROM mail_outbox WHERE status = 'PENDING'`))[0].pending === 0);
    const recorder = recordQueries(t);
    try {
      await secretariat.data(DRAFT);
      const statements = recorder.queries().filter(({ query }) => !query.includes('"mail_outbox"'));
      // Said on a failure, so that a statement that should not be there names itself.
      if (statements.length !== 8) console.log(`workingDraft sent ${statements.length} statements:\n${statements.map(({ query }) => query.slice(0, 160)).join('\n')}`);
      return statements.length;
    } finally {
      recorder.stop();
    }
  };

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    importer = t.app.get(ControlListImporter);
    await importer.importBaseline(withDefinition(parsedCcl({ categories: ['5'] }).document), { version: '2026.0' });
    [jp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    const e5A001 = await baseEntry(jp, '5A001');
    amendment = await adoptedProposal(t, jp, 'Add HR to 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e5A001, { reasons: [...new Set([...e5A001.reasons, 'HR'])] }) }]);
    // Once before counting: the first request of a session also loads what later ones find cached.
    await secretariat.data(DRAFT);
  });
  afterAll(() => t.close());

  it('sends as many statements for a list of 25 entries as for one of 633', async () => {
    const small = await draftStatements();
    // The whole CCL, 5A001 unchanged: the same adopted amendment applies to a list 25 times as long.
    await importer.importBaseline(withDefinition(parsedCcl().document), { version: '2026.1' });
    const { workingDraft } = await secretariat.data(DRAFT);
    expect(workingDraft).toMatchObject({ baseVersion: '2026.1', publishable: true, summary: { entries: 633, definitions: 1 } });
    expect(await draftStatements()).toBe(small);
    // The session, the adopted proposals, the base release, its touched entries (four tables) and definitions; the
    // base's figures were counted by the first draft from it.
    expect(small).toBe(8);
  });

  it('finds, among entries no proposal touches, every one left using a removed definition', async () => {
    const removal = await adoptedProposal(t, jp, `Remove "${TERM}"`, [{ kind: 'REMOVE_DEFINITION', term: TERM }]);
    const quoting = parsedCcl()
      .document.entries.filter((entry) => entry.status === 'ACTIVE' && termsUsedBy(entry).includes(TERM))
      .map((entry) => entry.code);
    expect(quoting).toEqual(['4A005', '4D004', '4E001', '5D002']);
    const { workingDraft } = await secretariat.data(DRAFT);
    expect(workingDraft.conflicts).toEqual(
      quoting.map((code) => ({
        kind: 'UNDEFINED_TERM',
        code,
        term: TERM,
        proposals: [removal.reference],
        message: `${code} uses “${TERM}”, which the resulting list does not define`,
      })),
    );
    expect(workingDraft.summary).toMatchObject({ entries: 633, definitions: 0 });
    expect(workingDraft.changes).toEqual([
      expect.objectContaining({ subject: 'ENTRY', code: '5A001', kind: 'AMENDED', proposal: amendment.reference }),
      expect.objectContaining({ subject: 'DEFINITION', term: TERM, kind: 'REMOVED', proposal: removal.reference, after: null }),
    ]);
  });

  it('previews exactly what publication writes: the changelog, the counts, and the list the digest seals', async () => {
    const { previewRelease } = await secretariat.data(PREVIEW, { input: { proposalIds: [amendment.id] } });
    expect(previewRelease.publishable).toBe(true);
    const { publishRelease } = await secretariat.data(PUBLISH, { input: { version: '2026.2', proposalIds: [amendment.id] } });
    expect(publishRelease.changes).toEqual(previewRelease.changes);
    expect(publishRelease.entryCount).toBe(previewRelease.summary.entries);
    const [published] = await t.db.query(
      `SELECT count(*) FILTER (WHERE e.status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE e.status = 'RESERVED')::int AS reserved,
         (SELECT count(*)::int FROM release_definition d WHERE d.release_id = r.id) AS definitions
       FROM release r JOIN release_entry e ON e.release_id = r.id WHERE r.version = '2026.2' GROUP BY r.id`,
    );
    expect(published).toEqual({ active: previewRelease.summary.active, reserved: previewRelease.summary.reserved, definitions: previewRelease.summary.definitions });
    // The base with the previewed changes applied, in code order, is the list the published digest seals.
    const { release } = await secretariat.data(`{ release(version: "2026.2") { digest document } }`);
    expect(release.digest).toBe(publishRelease.digest);
    const sealed = JSON.parse(release.document).list;
    const { release: base } = await secretariat.data(`{ release(version: "2026.1") { document } }`);
    const expected = JSON.parse(base.document).list;
    for (const change of previewRelease.changes) {
      const index = expected.entries.findIndex((entry: { code: string }) => entry.code === change.code);
      expected.entries[index] = change.after;
    }
    expected.entries.sort((a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code));
    expect(sealed).toEqual(expected);
  });
});
