import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp } from '@concord/api';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { reachDeadline } from './support/fixtures';
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
    await seedControlList(t.app);
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

  // Every request is sent at once, each over its own connection; where the closes sit among the casts varies by round.
  // Which casts beat the close is the database's to decide, so the test asserts what must hold whatever it decides.
  for (const [round, closesAfter] of [[1, 30], [2, 60], [3, 90]] as const) {
    it(`a close racing casts from every state (round ${round}): one close decides, and each cast counts before it or is refused`, async () => {
      const ballot = await openBallot('QUALIFIED_MAJORITY', inSeconds(3600));
      const casts = STATES.flatMap((state) => Array.from({ length: 12 }, (_, i) => ({ state, position: POSITIONS[(i + state.charCodeAt(0)) % 4], statement: `${state} ${i}` })));
      const castRequests = casts.map(({ state, position, statement }) => () => heads[state].request(CAST, { input: { ballotId: ballot.id, position, statement } }));
      const closeRequests = Array.from({ length: 3 }, () => () => secretariat.request(CLOSE, { input: { ballotId: ballot.id } }));
      const requests = [...castRequests.slice(0, closesAfter), ...closeRequests, ...castRequests.slice(closesAfter)];
      const responses = await Promise.all(requests.map((send) => send()));
      const closes = responses.splice(closesAfter, closeRequests.length);
      const results = responses;

      // Exactly one close took effect; the others found the ballot closed.
      const closed = closes.filter((r) => !r.errors);
      expect(closed).toHaveLength(1);
      expect(closes.filter((r) => r.errors).map(errorOf)).toEqual([
        { code: 'CONFLICT', reason: 'BALLOT_CLOSED' },
        { code: 'CONFLICT', reason: 'BALLOT_CLOSED' },
      ]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'ballot.closed'`, [ballot.id])).toEqual([{ n: 1 }]);
      const { closedAt, tally } = closed[0].data!['closeBallot'];

      // A cast is either refused as too late, or counted: in the history once, dated no later than the close.
      const refused = results.flatMap((r, i) => (r.errors ? [{ ...casts[i], error: errorOf(r) }] : []));
      expect(refused.filter((c) => c.error?.reason !== 'BALLOT_CLOSED')).toEqual([]);
      const accepted = casts.filter((_, i) => !results[i].errors);
      const history: { state: string; change: number; position: string; statement: string; cast_at: Date }[] = await t.db.query(
        `SELECT s.code AS state, c.change, c.position, c.statement, c.cast_at FROM ballot_position_change c JOIN participating_state s ON s.id = c.state_id
         WHERE c.ballot_id = $1 ORDER BY s.code, c.change`,
        [ballot.id],
      );
      expect(history.map((h) => h.statement).sort()).toEqual(accepted.map((c) => c.statement).sort());
      for (const h of history) expect(h.cast_at.getTime()).toBeLessThanOrEqual(new Date(closedAt).getTime());

      // Each state's standing position is its last counted change, and the close counted exactly those.
      const positions: { state: string; position: string; statement: string; changes: number }[] = await t.db.query(
        `SELECT s.code AS state, p.position, p.statement, p.changes FROM ballot_position p JOIN participating_state s ON s.id = p.state_id WHERE p.ballot_id = $1 ORDER BY s.code`,
        [ballot.id],
      );
      const lastChanges = [...new Set(history.map((h) => h.state))].map((state) => history.filter((h) => h.state === state).at(-1)!);
      expect(positions).toEqual(lastChanges.map(({ state, change, position, statement }) => ({ state, position, statement, changes: change })));
      const count = (p: string) => positions.filter((row) => row.position === p).length;
      expect(tally).toEqual({
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
    const ballot = await openBallot('SILENCE', inSeconds(3600));
    await heads['GB'].data(CAST, { input: { ballotId: ballot.id, position: 'SUPPORT' } });
    await t.app.close();
    expect(t.db.isInitialized).toBe(false);
    // The deadline passes while the API is down.
    await reachDeadline(t.database.url, ballot.id);

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
