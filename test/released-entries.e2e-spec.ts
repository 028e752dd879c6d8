import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { behindTheTriggers } from './support/behind-the-triggers';
import { QUIET_BACKGROUND, recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

/** An executed pull: the undeclared `nonce` gives every request its own response-cache key. */
const PULL = `query Pull($first: Int) { release(version: "2026.0") { entries(first: $first) { edges { node { code paragraphs { path text } relatedControls { references { regime code } } correlations { scheme code } } } } } }`;

describe('Released entries’ paragraphs, references and correlations, read once per process', () => {
  let t: TestApp;
  let reader: GraphQLClient;
  let nonce = 0;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    reader = await t.as('delegate.jp@example.org');
  });
  afterAll(() => t.close());

  async function pull(first: number) {
    const recorder = recordQueries(t);
    try {
      const response = await reader.request<any>(PULL, { first, nonce: ++nonce });
      // Every table each statement reads, subqueries' included, but for the rows' fingerprint every page checks first.
      const reads = recorder.queries().filter(({ query }) => !query.includes('sum(xmin'));
      const paragraphCodes = reads.find(({ query }) => /FROM release_paragraph c/.test(query))?.parameters?.[1];
      return { response, paragraphCodes, tables: reads.flatMap(({ query }) => [...query.matchAll(/FROM (release_\w+)/g)].map((match) => match[1])) };
    } finally {
      recorder.stop();
    }
  }

  it('answers an executed page from the parts kept the first time, reading only what was not kept yet', async () => {
    const first = await pull(8);
    expect(first.response.errors).toBeUndefined();
    expect(first.tables).toEqual(expect.arrayContaining(['release_paragraph', 'release_reference', 'release_correlation']));

    const again = await pull(8);
    expect(again.response.data).toEqual(first.response.data);
    // Only an entry with nothing nested is read again (an empty read is never kept).
    const bare = (edges: any[]) => edges.filter(({ node }) => !node.paragraphs.length && !node.relatedControls.references.length && !node.correlations.length).map(({ node }) => node.code);
    const firstBare = bare(first.response.data.release.entries.edges);
    expect(again.paragraphCodes ?? []).toEqual(firstBare);
    expect(again.tables).toContain('release_entry');

    // A longer page reads the parts of the entries past the first eight only.
    const longer = await pull(12);
    expect(longer.response.data.release.entries.edges.slice(0, 8)).toEqual(first.response.data.release.entries.edges);
    expect(longer.response.data.release.entries.edges).toHaveLength(12);
    const edges = longer.response.data.release.entries.edges;
    expect(longer.paragraphCodes).toEqual([...firstBare, ...edges.slice(8).map(({ node }: any) => node.code)]);
  });

  it('still refuses the release once its rows were changed behind the triggers, kept parts or not', async () => {
    const { edges } = (await pull(5)).response.data.release.entries;
    const code: string = edges.find(({ node }: any) => node.paragraphs.length > 0).node.code;
    await behindTheTriggers(
      t.database.url,
      `UPDATE release_paragraph SET text = text || ' (edited)' WHERE entry_code = $1 AND release_id = (SELECT id FROM release WHERE version = '2026.0')`,
      [code],
    );
    const refused = await pull(5);
    expect(errorOf(refused.response)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
    expect(JSON.stringify(refused.response.data ?? null)).not.toContain('(edited)');
  });
});
