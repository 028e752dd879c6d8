import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { behindTheTriggers } from './support/behind-the-triggers';
import { QUIET_BACKGROUND, recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

/** An executed pull: the undeclared `nonce` gives every request its own response-cache key. */
const PULL = `query Pull($first: Int) { release(version: "2026.0") { entries(first: $first) { edges { node { code paragraphs { path text } relatedControls { references { regime code } } correlations { scheme code } } } } } }`;

describe('Released entries, their rows and their paragraphs, references and correlations, read once per process', () => {
  let t: TestApp;
  let reader: GraphQLClient;
  let nonce = 0;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    reader = await t.as('delegate.jp@example.org');
  });
  afterAll(() => t.close());

  async function pull(first: number, query = PULL, variables: Record<string, unknown> = {}) {
    const recorder = recordQueries(t);
    try {
      const response = await reader.request<any>(query, { first, ...variables, nonce: ++nonce });
      // Every table each statement reads, subqueries' included, but for the rows' fingerprint every page checks first.
      const reads = recorder.queries().filter(({ query }) => !query.includes('sum(xmin'));
      const paragraphCodes = reads.find(({ query }) => /FROM release_paragraph c/.test(query))?.parameters?.[1];
      return { response, paragraphCodes, tables: reads.flatMap(({ query }) => [...query.matchAll(/FROM (release_\w+)/g)].map((match) => match[1])) };
    } finally {
      recorder.stop();
    }
  }

  it('answers an executed page from what was kept the first time, reading only the parts not kept yet', async () => {
    const first = await pull(8);
    expect(first.response.errors).toBeUndefined();
    expect(first.tables).toEqual(expect.arrayContaining(['release_entry', 'release_paragraph', 'release_reference', 'release_correlation']));

    // Entries with nothing nested are kept too: the same read found the others', so it saw the release.
    const again = await pull(8);
    expect(again.response.data).toEqual(first.response.data);
    expect(again.tables).toEqual([]);

    // A longer page reads the parts of the entries past the first eight only, and no entry rows.
    const longer = await pull(12);
    const edges = longer.response.data.release.entries.edges;
    expect(edges.slice(0, 8)).toEqual(first.response.data.release.entries.edges);
    expect(edges).toHaveLength(12);
    expect(longer.paragraphCodes).toEqual(edges.slice(8).map(({ node }: any) => node.code));
    expect(longer.tables).not.toContain('release_entry');
  });

  it('pages through the kept rows as through the table, and reads the table for a filtered page', async () => {
    const PAGE = `query Page($first: Int, $after: String, $filter: EntryFilter) { release(version: "2026.0") { entries(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } } }`;
    const codes: string[] = [];
    const counts = new Set<number>();
    let after: string | undefined;
    for (;;) {
      const page = await pull(4, PAGE, { after });
      expect(page.tables).not.toContain('release_entry');
      const { edges, pageInfo, totalCount } = page.response.data.release.entries;
      codes.push(...edges.map(({ node }: any) => node.code));
      counts.add(totalCount);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(codes.length).toBeGreaterThan(8);
    expect([...counts]).toEqual([codes.length]);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);

    // The same pages through the table: a filter every entry matches (every code starts with a digit 0–9).
    const byCategory: string[] = [];
    for (const category of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      const page = await pull(500, PAGE, { filter: { category } });
      expect(page.tables).toContain('release_entry');
      byCategory.push(...page.response.data.release.entries.edges.map(({ node }: any) => node.code));
    }
    expect(byCategory).toEqual(codes);

    // A cursor naming no code of the release is answered by the table, as before.
    const between = Buffer.from(JSON.stringify([`${codes[10]}0`]), 'utf8').toString('base64url');
    const afterUnknown = await pull(2, PAGE, { after: between });
    expect(afterUnknown.tables).toContain('release_entry');
    expect(afterUnknown.response.data.release.entries.edges.map(({ node }: any) => node.code)).toEqual(codes.slice(11, 13));
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

describe('Released entry rows kept in memory, against rows changed behind the triggers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
  });
  afterAll(() => t.close());

  it('still refuses the release once an entry row was changed behind the triggers, though its rows are kept', async () => {
    const reader = await t.as('delegate.jp@example.org');
    const HEADINGS = `query Headings { release(version: "2026.0") { entries(first: 5) { edges { node { code heading } } } } }`;
    const kept = await reader.request<any>(HEADINGS, { nonce: 1 });
    expect(kept.errors).toBeUndefined();
    await behindTheTriggers(
      t.database.url,
      `UPDATE release_entry SET heading = heading || ' (edited)' WHERE code = $1 AND release_id = (SELECT id FROM release WHERE version = '2026.0')`,
      [kept.data.release.entries.edges[0].node.code],
    );
    const refused = await reader.request<any>(HEADINGS, { nonce: 2 });
    expect(errorOf(refused)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
    expect(JSON.stringify(refused.data ?? null)).not.toContain('(edited)');
  });
});

// Too small: the first page reads the release whole once, finds its rows would take over half the budget, and answers
// from what it read; every later page is read alone.
describe.each([
  ['off', '0', [true]],
  ['too small for the rows', '2048', [false]],
])('Released entries with the cache %s: pages are read from the table, one page at a time', (_, budget, firstPage) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...QUIET_BACKGROUND, ENTRY_PARTS_CACHE_BYTES: budget });
    await seedControlList(t.app);
  });
  afterAll(() => t.close());

  it('reads only the page it answers, every time', async () => {
    const reader = await t.as('delegate.jp@example.org');
    const PAGE = `query Page($after: String) { release(version: "2026.0") { entries(first: 2, after: $after) { pageInfo { endCursor } edges { node { code } } } } }`;
    const pages: string[][] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const recorder = recordQueries(t);
      try {
        const response = await reader.request<any>(PAGE, { after, nonce: page });
        pages.push(response.data.release.entries.edges.map(({ node }: any) => node.code));
        after = response.data.release.entries.pageInfo.endCursor;
        // The page's own read (the release's first check reads every row once, to compare its Merkle root).
        const pageReads = recorder.queries().filter(({ query }) => /AS "releaseId"[\s\S]*FROM release_entry\b/.test(query));
        expect(pageReads.map(({ query }) => /LIMIT \$\d+$/.test(query.trim()))).toEqual(page === 0 ? firstPage : [true]);
      } finally {
        recorder.stop();
      }
    }
    expect(pages.flat()).toHaveLength(6);
    expect([...pages.flat()].sort()).toEqual(pages.flat());
  });
});
