import { seedControlList, seedDemoNegotiation } from '@concord/database';
import { startTestApp, TestApp } from './support/test-app';

const PROPOSALS = `{ proposals(first: 50) { totalCount edges { node { id reference status sponsor { code } revision { title } } } } }`;
const PENDING = `{ myPendingBallots { id closesAt rule proposal { id sponsor { code } } positions { state { code } position statement } } }`;
const COMMENTS = `query ($id: ID!) { proposal(id: $id) { comments(first: 10) { totalCount edges { node { body author { state { code } } } } } } }`;

describe('demo negotiation seed: a fresh demo installation has a negotiation in progress', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
  });
  afterAll(() => t.close());

  it('seeds a proposal under review with a comment, one in an open ballot and a draft, once', async () => {
    const seeded = await seedDemoNegotiation(t.app, t.db);
    expect(seeded).toBeDefined();
    // A restart, or a second server on the same database, adds nothing.
    const [again, concurrent] = await Promise.all([seedDemoNegotiation(t.app, t.db), seedDemoNegotiation(t.app, t.db)]);
    expect(again).toBeUndefined();
    expect(concurrent).toBeUndefined();
    expect(await t.db.query(`SELECT status, count(*)::int AS n FROM proposal GROUP BY status ORDER BY status`)).toEqual([
      { status: 'DRAFT', n: 1 },
      { status: 'UNDER_REVIEW', n: 1 },
      { status: 'VOTING', n: 1 },
    ]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM ballot`)).toEqual([{ n: 1 }]);

    const jp = await t.as('delegate.jp@example.org');
    const { proposals } = await jp.data(PROPOSALS);
    const byId = (id: string) => proposals.edges.find((e: { node: { id: string } }) => e.node.id === id)?.node;
    expect(byId(seeded!.underReview)).toMatchObject({ status: 'UNDER_REVIEW', sponsor: { code: 'JP' } });
    expect(byId(seeded!.draft)).toMatchObject({ status: 'DRAFT', sponsor: { code: 'JP' } });
    expect(byId(seeded!.voting)).toMatchObject({ status: 'VOTING', sponsor: { code: 'DE' } });
    const { proposal } = await jp.data(COMMENTS, { id: seeded!.underReview });
    expect(proposal.comments.totalCount).toBe(1);
    expect(proposal.comments.edges[0].node.author.state.code).toBe('FR');
  });

  it('shows head.fr the open ballot awaiting France, closing in 14 days, where the US and GB have cast', async () => {
    const headFr = await t.as('head.fr@example.org');
    const { myPendingBallots } = await headFr.data(PENDING);
    expect(myPendingBallots).toHaveLength(1);
    const [ballot] = myPendingBallots;
    expect(ballot).toMatchObject({ rule: 'CONSENSUS', proposal: { sponsor: { code: 'DE' } } });
    const days = (new Date(ballot.closesAt).getTime() - Date.now()) / 86400000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const positions = Object.fromEntries(ballot.positions.map((p: { state: { code: string }; position: string }) => [p.state.code, p.position]));
    expect(positions).toEqual({ US: 'SUPPORT', GB: 'RESERVATION' });
    const { myPendingBallots: forUs } = await (await t.as('head.us@example.org')).data(PENDING);
    expect(forUs).toEqual([]);
  });
});
