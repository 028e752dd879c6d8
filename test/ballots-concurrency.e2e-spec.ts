import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp } from '@concord/api';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

const OPEN = `mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id closesAt } }`;
const CLOSE = `mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { id closedAt tally { support abstain object reservation notVoted eligible } } }`;
const CAST = `mutation ($input: CastPositionInput!) { castPosition(input: $input) { position statement } }`;
const GET = `query ($id: ID!) { ballot(id: $id) { status positions { state { code } position statement history { position statement castAt } } } }`;
const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id } }`;

const STATES = ['JP', 'US', 'GB', 'FR', 'DE', 'IT', 'CA', 'AU', 'NL', 'KR'];
const POSITIONS = ['SUPPORT', 'ABSTAIN', 'OBJECT', 'RESERVATION'];
const justification = { humanRightsRisk: 'r', evidenceOfMisuse: 'e', foreignAvailability: 'f', controllability: 'c', clarity: 'c' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('ballots under concurrency, and across a restart', () => {
  let t: TestApp;
  let delegateJp: GraphQLClient;
  let secretariat: GraphQLClient;
  const heads: Record<string, GraphQLClient> = {};
  let proposals = 0;

  async function openBallot(rule: string, closesAt: string): Promise<{ id: string; proposalId: string }> {
    proposals++;
    const { createProposal } = await delegateJp.data(CREATE, {
      input: { title: `Race ${proposals}`, rationale: 'r', justification, changes: [{ kind: 'ADD_DEFINITION', definition: { term: `race term ${proposals}`, text: 't' } }] },
    });
    await delegateJp.data(SUBMIT, { input: { proposalId: createProposal.id } });
    const { openBallot } = await secretariat.data(OPEN, { input: { proposalId: createProposal.id, rule, closesAt } });
    return { id: openBallot.id, proposalId: createProposal.id };
  }

  beforeAll(async () => {
    // Long enough that only the start-up sweep can close the restart test's ballot.
    t = await startTestApp({ BALLOT_SCHEDULER_INTERVAL_MS: '3600000' });
    await seedControlList(t.db);
    [delegateJp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    for (const code of STATES) heads[code] = await t.as(`head.${code.toLowerCase()}@example.org`);
  });
  it('100 simultaneous casts by one head leave exactly one position, with every change in its history', async () => {
    const ballot = await openBallot('CONSENSUS', inSeconds(3600));
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        heads['JP'].request(CAST, { input: { ballotId: ballot.id, position: POSITIONS[i % 4], statement: `cast ${i}` } }),
      ),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    const rows = await t.db.query(`SELECT position, statement, changes FROM ballot_position WHERE ballot_id = $1`, [ballot.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].changes).toBe(100);
    const history = await t.db.query(`SELECT change, position, statement FROM ballot_position_change WHERE ballot_id = $1 ORDER BY change`, [ballot.id]);
    expect(history.map((h: { change: number }) => h.change)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(history.map((h: { statement: string }) => h.statement)).size).toBe(100);
    // The standing position is the last change made.
    expect(history[99]).toMatchObject({ position: rows[0].position, statement: rows[0].statement });
    const { ballot: seen } = await heads['US'].data(GET, { id: ballot.id });
    expect(seen.positions).toHaveLength(1);
    expect(seen.positions[0].history).toHaveLength(100);
  });

  it('100 simultaneous identical casts record one position and one change', async () => {
    const ballot = await openBallot('CONSENSUS', inSeconds(3600));
    const input = { ballotId: ballot.id, position: 'SUPPORT', statement: 'Same words' };
    const responses = await Promise.all(Array.from({ length: 100 }, () => heads['US'].request(CAST, { input })));
    expect(responses.filter((r) => r.errors)).toEqual([]);
    expect(await t.db.query(`SELECT changes FROM ballot_position WHERE ballot_id = $1`, [ballot.id])).toEqual([{ changes: 1 }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM ballot_position_change WHERE ballot_id = $1`, [ballot.id])).toEqual([{ n: 1 }]);
  });

  for (const round of [1, 2, 3]) {
    it(`a close racing casts from every state (round ${round}): each cast counts before the outcome or is refused, never after`, async () => {
      const ballot = await openBallot('QUALIFIED_MAJORITY', inSeconds(3600));
      const casts = STATES.flatMap((state) =>
        Array.from({ length: 12 }, (_, i) =>
          sleep(i * 40).then(() =>
            heads[state].request(CAST, { input: { ballotId: ballot.id, position: POSITIONS[(i + state.charCodeAt(0)) % 4], statement: `${state} ${i}` } }),
          ),
        ),
      );
      // Casts keep arriving for ~450 ms; the close lands in the middle of them.
      const close = sleep(100 + 80 * round).then(() => secretariat.data(CLOSE, { input: { ballotId: ballot.id } }));
      const [closed, ...results] = await Promise.all([close, ...casts]);
      const refusals = results.filter((r) => r.errors).map(errorOf);
      expect(refusals.every((e) => e?.code === 'CONFLICT' && e.reason === 'BALLOT_CLOSED')).toBe(true);
      // A real race: some casts were counted, later ones refused.
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals.length).toBeLessThan(results.length);

      const closedAt = new Date(closed.closeBallot.closedAt).getTime();
      const positions = await t.db.query(`SELECT position, cast_at FROM ballot_position WHERE ballot_id = $1`, [ballot.id]);
      const history = await t.db.query(`SELECT cast_at FROM ballot_position_change WHERE ballot_id = $1`, [ballot.id]);
      for (const row of [...positions, ...history]) expect(new Date(row.cast_at).getTime()).toBeLessThanOrEqual(closedAt);
      // Every accepted cast here was a change (distinct statements), and nothing else reached the history.
      expect(history).toHaveLength(results.length - refusals.length);
      const count = (p: string) => positions.filter((row: { position: string }) => row.position === p).length;
      expect(closed.closeBallot.tally).toEqual({
        support: count('SUPPORT'),
        abstain: count('ABSTAIN'),
        object: count('OBJECT'),
        reservation: count('RESERVATION'),
        notVoted: 10 - positions.length,
        eligible: 10,
      });
    });
  }

  it('closes, when the API starts again, a ballot whose deadline passed while it was down', async () => {
    const ballot = await openBallot('SILENCE', inSeconds(1.5));
    await heads['GB'].data(CAST, { input: { ballotId: ballot.id, position: 'SUPPORT' } });
    await t.app.close();
    await sleep(Math.max(0, 1500 + 200));
    expect(await t.db.isInitialized).toBe(false);

    let restarted: INestApplication | undefined;
    try {
      restarted = await createApp(t.config, t.database.url, { logger: false });
      const db = restarted.get<DataSource>(getDataSourceToken());
      const [row] = await db.query(
        `SELECT b.status, b.outcome, b.outcome_reason, b.closed_at = b.closes_at AS at_deadline, b.closed_by_id, b.tally_support, p.status AS proposal_status
         FROM ballot b JOIN proposal p ON p.id = b.proposal_id WHERE b.id = $1`,
        [ballot.id],
      );
      expect(row).toEqual({
        status: 'CLOSED',
        outcome: 'ADOPTED',
        outcome_reason: 'SILENCE_KEPT',
        at_deadline: true,
        closed_by_id: null,
        tally_support: 1,
        proposal_status: 'ADOPTED',
      });
    } finally {
      await restarted?.close();
      await t.database.drop();
    }
  });
});
