import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { countQueries, QUIET_BACKGROUND, recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const justification = { humanRightsRisk: 'Spyware used against journalists.', evidenceOfMisuse: '', foreignAvailability: '', controllability: '', clarity: '' };
const CREATE = 'mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id } }';
const SUBMIT = 'mutation ($i: ProposalActionInput!) { submitProposal(input: $i) { id } }';
const COMMENT = 'mutation ($i: AddCommentInput!) { addComment(input: $i) { id } }';
const EDIT = 'mutation ($i: EditCommentInput!) { editComment(input: $i) { id } }';
const PAGE = `query ($first: Int!) { proposals(first: $first) { edges { node { id reference sponsor { code } revision { title }
  commentCount comments(first: 2) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id body replyTo author { email } history { previousBody } } } } } } } }`;
const SEARCH = 'query ($search: String!) { proposals(search: $search, first: 100) { totalCount edges { node { id } } } }';

/** Issue 16: a page of proposals costs the same statements whatever its length, and search reads the stored vectors. */
describe('proposal queries at scale', () => {
  let t: TestApp;
  let fr: GraphQLClient;
  let de: GraphQLClient;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    [fr, de] = await Promise.all([t.as('delegate.fr@example.org'), t.as('delegate.de@example.org')]);
    const frHead = await t.as('head.fr@example.org');
    const topics = ['intrusion software', 'spyware exports', 'obsolete lasers', 'network surveillance', 'biometric cameras'];
    for (let i = 0; i < 10; i++) {
      const { createProposal } = await fr.data(CREATE, {
        i: { title: `Remove 4A980 (${topics[i % topics.length]})`, rationale: `Review ${i}: ${topics[(i + 2) % topics.length]}.`, justification, changes: [{ kind: 'REMOVE_ENTRY', code: '4A980' }] },
      });
      ids.push(createProposal.id);
      // The last one stays a draft of France's.
      if (i === 9) continue;
      await frHead.data(SUBMIT, { i: { proposalId: createProposal.id } });
      const { addComment: question } = await de.data(COMMENT, { i: { proposalId: createProposal.id, body: `Why ${i}?` } });
      await de.data(EDIT, { i: { commentId: question.id, body: `Why, for proposal ${i}?` } });
      await fr.data(COMMENT, { i: { proposalId: createProposal.id, replyTo: question.id, body: `Because ${i}.` } });
      if (i % 2) await de.data(COMMENT, { i: { proposalId: createProposal.id, body: `And ${i}?` } });
    }
  });
  afterAll(() => t.close());

  it('resolves the comments (authors, histories) of 2 or 10 proposals in the same number of statements', async () => {
    const statementsFor = async (client: GraphQLClient, first: number) => {
      const counter = countQueries(t);
      const { proposals } = await client.data(PAGE, { first });
      counter.stop();
      return { statements: counter.count(), nodes: proposals.edges.map((edge: { node: unknown }) => edge.node) };
    };
    const two = await statementsFor(fr, 2);
    const ten = await statementsFor(fr, 10);
    expect(two.nodes).toHaveLength(2);
    expect(ten.nodes).toHaveLength(10);
    expect(ten.statements).toBe(two.statements);

    const byId = new Map(ten.nodes.map((node: { id: string }) => [node.id, node]));
    const odd = byId.get(ids[7]) as { commentCount: number; comments: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: unknown }[] } };
    expect(odd.commentCount).toBe(3);
    expect(odd.comments.totalCount).toBe(3);
    expect(odd.comments.pageInfo.hasNextPage).toBe(true);
    expect(odd.comments.edges.map((edge) => edge.node)).toEqual([
      { id: expect.any(String), body: 'Why, for proposal 7?', replyTo: null, author: { email: 'delegate.de@example.org' }, history: [{ previousBody: 'Why 7?' }] },
      { id: expect.any(String), body: 'Because 7.', replyTo: expect.any(String), author: { email: 'delegate.fr@example.org' }, history: [] },
    ]);
    const even = byId.get(ids[6]) as { comments: { totalCount: number; pageInfo: { hasNextPage: boolean } } };
    expect(even.comments).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });

    // The next page of one proposal's comments carries on from its cursor.
    const { proposal } = await fr.data('query ($id: ID!, $after: String) { proposal(id: $id) { comments(first: 2, after: $after) { edges { node { body } } } } }', {
      id: ids[7],
      after: (odd.comments as unknown as { pageInfo: { endCursor: string } }).pageInfo.endCursor,
    });
    expect(proposal.comments.edges).toEqual([{ node: { body: 'And 7?' } }]);

    // Germany sees neither France's draft nor, therefore, its comments.
    const { nodes } = await statementsFor(de, 10);
    expect(nodes.map((node: { id: string }) => node.id)).not.toContain(ids[9]);
  });

  it('searches the stored vectors through their index, with the answers the per-query vectors gave', async () => {
    for (const [client, search] of [
      [fr, 'spyware'],
      [fr, 'review -lasers'],
      [de, '"network surveillance"'],
      [de, 'obsolete or biometric'],
      [fr, 'review'],
    ] as const) {
      const { proposals } = await client.data(SEARCH, { search });
      const stateCode = client === fr ? 'FR' : 'DE';
      const expected: { id: string }[] = await t.db.query(
        `SELECT p.id FROM proposal p JOIN proposal_revision r ON r.proposal_id = p.id AND r.number = p.current_revision
         WHERE (p.status <> 'DRAFT' OR p.sponsor_state_id = (SELECT id FROM participating_state WHERE code = $2))
           AND to_tsvector('english', r.title || ' ' || r.rationale || ' ' || r.changes::text) @@ websearch_to_tsquery('english', $1)`,
        [search, stateCode],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(proposals.totalCount).toBe(expected.length);
      expect(proposals.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(expected.map((row) => row.id).sort());
    }

    const recorder = recordQueries(t);
    await fr.data(SEARCH, { search: 'spyware' });
    recorder.stop();
    const searches = recorder.queries().filter(({ query }) => query.includes('websearch_to_tsquery'));
    expect(searches.length).toBeGreaterThan(0);
    // Ten proposals are too few for the planner to prefer the index on its own; without sequential scans it must be
    // able to use it, which a search computing its vectors per query could not.
    const runner = t.db.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      for (const { query, parameters } of searches) {
        const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${query}`, parameters);
        expect(JSON.stringify(plan)).toContain('"Index Name":"proposal_revision_search"');
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
