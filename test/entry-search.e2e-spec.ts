import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CODES = `query ($version: String!, $search: String!) {
  release(version: $version) { entries(first: 100, filter: { search: $search }) { edges { node { code } } } }
}`;
// What the search vector of a row must be, computed afresh from its own heading and body.
const FRESH_VECTOR = `setweight(to_tsvector('english', translate(heading, '“”‘’«»', '      ')), 'A') || setweight(to_tsvector('english', translate(body, '“”‘’«»', '      ')), 'B')`;

describe('full-text search in a published release: vectors carried over from the base, made afresh for what changed', () => {
  let t: TestApp;
  let delegate: GraphQLClient;
  const codes = async (version: string, search: string): Promise<string[]> =>
    (await delegate.data(CODES, { version, search })).release.entries.edges.map(({ node }: { node: { code: string } }) => node.code);

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    delegate = await t.as('delegate.jp@example.org');
    const entry = await baseEntry(delegate, '5A001');
    const proposal = await adoptedProposal(t, delegate, 'Name zeppelinography in 5A001', [
      { kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { heading: `${entry.heading} (zeppelinography)` }) },
    ]);
    const secretariat = await t.as('secretariat@example.org');
    await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [proposal.id] } });
  });
  afterAll(async () => t.close());

  it('finds the amended words in the new release only, and the unchanged entries as before', async () => {
    expect(await codes('2026.1', 'zeppelinography')).toEqual(['5A001']);
    expect(await codes('2026.0', 'zeppelinography')).toEqual([]);
    const before = await codes('2026.0', 'intrusion software');
    expect(before.length).toBeGreaterThan(0);
    expect(await codes('2026.1', 'intrusion software')).toEqual(before);
  });

  it('stores for every entry of both releases the vector its own heading and body give', async () => {
    const releases = await t.db.query(
      `SELECT r.version, count(*) FILTER (WHERE e.search <> ${FRESH_VECTOR})::int AS stale, count(*)::int AS entries
       FROM release_entry e JOIN release r ON r.id = e.release_id GROUP BY r.version ORDER BY r.version`,
    );
    const { entryCount } = (await delegate.data(`{ release(version: "2026.0") { entryCount } }`)).release;
    expect(releases).toEqual([
      { version: '2026.0', stale: 0, entries: entryCount },
      { version: '2026.1', stale: 0, entries: entryCount },
    ]);
  });
});
