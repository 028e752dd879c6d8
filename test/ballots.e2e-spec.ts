import { BallotScheduler } from '@concord/ballots';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { reachDeadline } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const BALLOT_FIELDS = `id rule status openedAt closesAt closedAt revision quorum threshold eligibleCount outcome outcomeReason
  tally { support abstain object reservation notVoted eligible }
  positions { state { code } position statement castAt history { position statement castAt } }`;
const OPEN = `mutation ($input: OpenBallotInput!) { openBallot(input: $input) { ${BALLOT_FIELDS} } }`;
const CLOSE = `mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { ${BALLOT_FIELDS} } }`;
const CAST = `mutation ($input: CastPositionInput!) { castPosition(input: $input) { state { code } position statement castAt history { position statement } } }`;
const GET = `query ($id: ID!) { ballot(id: $id) { ${BALLOT_FIELDS} proposal { id status decidedAt } } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { status decidedAt ballot { id status outcome outcomeReason closedAt } } }`;
const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { id } }`;
const WITHDRAW = `mutation ($input: ProposalActionInput!) { withdrawProposal(input: $input) { id status } }`;

const STATES = ['JP', 'US', 'GB', 'FR', 'DE', 'IT', 'CA', 'AU', 'NL', 'KR'] as const;
type StateCode = (typeof STATES)[number];
const justification = {
  humanRightsRisk: 'Used to track dissidents.',
  evidenceOfMisuse: 'Documented by civil-society reports.',
  foreignAvailability: 'Limited.',
  controllability: 'Few vendors.',
  clarity: 'Unchanged text.',
};
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('ballots: consensus, silence procedure and qualified majority, end to end over GraphQL', () => {
  let t: TestApp;
  let delegateJp: GraphQLClient;
  let secretariat: GraphQLClient;
  let machine: GraphQLClient;
  const heads = {} as Record<StateCode, GraphQLClient>;
  let proposalCount = 0;

  /** A proposal by Japan, submitted: UNDER_REVIEW and ready for a ballot. */
  async function submittedProposal(): Promise<string> {
    proposalCount++;
    const { createProposal } = await delegateJp.data(CREATE, {
      input: {
        title: `Define surveillance term ${proposalCount}`,
        rationale: 'The list needs the term.',
        justification,
        changes: [{ kind: 'ADD_DEFINITION', definition: { term: `ballot test term ${proposalCount}`, text: 'A term the list uses.' } }],
      },
    });
    await delegateJp.data(SUBMIT, { input: { proposalId: createProposal.id } });
    return createProposal.id;
  }
  const open = (input: Record<string, unknown>) => secretariat.request(OPEN, { input });
  const cast = (state: StateCode, ballotId: string, position: string, statement?: string) =>
    heads[state].request(CAST, { input: { ballotId, position, statement } });
  const castOk = async (state: StateCode, ballotId: string, position: string, statement?: string) => {
    const response = await cast(state, ballotId, position, statement);
    expect(response.errors).toBeUndefined();
    return response.data!['castPosition'];
  };
  /** The ballot after one pass of the scheduler, as its timer would run it. */
  async function sweptBallot(id: string) {
    await t.app.get(BallotScheduler).sweep();
    return (await secretariat.data(GET, { id })).ballot;
  }

  beforeAll(async () => {
    // The scheduler's timer never comes round during the tests: each one that needs a pass runs it.
    t = await startTestApp({ BALLOT_SCHEDULER_INTERVAL_MS: '3600000' });
    await seedControlList(t.app);
    [delegateJp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
    for (const code of STATES) heads[code] = await t.as(`head.${code.toLowerCase()}@example.org`);
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
      { input: { stateId: jpState, name: 'METI licensing', scopes: ['RELEASES_READ'] } },
    );
    machine = t.gql.as({ apiKey: createApiClient.apiKey });
  });
  afterAll(async () => {
    await t.close();
  });

  it('consensus: positions taken and changed by heads, closed early by the secretariat, proposal ADOPTED', async () => {
    const proposalId = await submittedProposal();
    const { openBallot: ballot } = (await open({ proposalId, rule: 'CONSENSUS', closesAt: inSeconds(3600) })).data!;
    expect(ballot).toMatchObject({ rule: 'CONSENSUS', status: 'OPEN', revision: 1, quorum: 0.5, threshold: null, eligibleCount: 10, tally: null, outcome: null });
    expect((await delegateJp.data(PROPOSAL, { id: proposalId })).proposal).toMatchObject({ status: 'VOTING', ballot: { id: ballot.id, status: 'OPEN' } });
    expect(errorOf(await delegateJp.request(REVISE, { input: { proposalId, expectedRevision: 1, title: 'Too late' } }))).toEqual({ code: 'CONFLICT', reason: 'PROPOSAL_FROZEN' });

    await castOk('JP', ballot.id, 'RESERVATION', 'Awaiting parliamentary scrutiny');
    const changed = await castOk('JP', ballot.id, 'SUPPORT', 'Scrutiny complete');
    expect(changed.history).toEqual([
      { position: 'RESERVATION', statement: 'Awaiting parliamentary scrutiny' },
      { position: 'SUPPORT', statement: 'Scrutiny complete' },
    ]);
    // Casting the standing position again is no change.
    expect((await castOk('JP', ballot.id, 'SUPPORT', 'Scrutiny complete')).history).toHaveLength(2);
    for (const state of ['US', 'GB', 'FR', 'DE'] as const) await castOk(state, ballot.id, 'SUPPORT');
    await castOk('IT', ballot.id, 'ABSTAIN', 'No industry concerned');

    const { closeBallot: closed } = await secretariat.data(CLOSE, { input: { ballotId: ballot.id } });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'ADOPTED',
      outcomeReason: 'CONSENSUS_REACHED',
      tally: { support: 5, abstain: 1, object: 0, reservation: 0, notVoted: 4, eligible: 10 },
    });
    expect(new Date(closed.closedAt).getTime()).toBeLessThan(new Date(closed.closesAt).getTime());
    const jp = closed.positions.find((p: { state: { code: string } }) => p.state.code === 'JP');
    expect(jp).toMatchObject({ position: 'SUPPORT', statement: 'Scrutiny complete' });
    expect(jp.history.map((h: { position: string }) => h.position)).toEqual(['RESERVATION', 'SUPPORT']);

    const { proposal } = await heads.KR.data(PROPOSAL, { id: proposalId });
    expect(proposal).toMatchObject({ status: 'ADOPTED', ballot: { id: ballot.id, status: 'CLOSED', outcome: 'ADOPTED' } });
    expect(proposal.decidedAt).not.toBeNull();
    expect(errorOf(await cast('NL', ballot.id, 'OBJECT'))).toEqual({ code: 'CONFLICT', reason: 'BALLOT_CLOSED' });
    expect(errorOf(await secretariat.request(CLOSE, { input: { ballotId: ballot.id } }))).toEqual({ code: 'CONFLICT', reason: 'BALLOT_CLOSED' });
    const audit = await t.db.query(`SELECT action, count(*)::int AS n FROM audit_event WHERE object_id = $1 GROUP BY action ORDER BY action`, [ballot.id]);
    expect(audit).toEqual([
      { action: 'ballot.closed', n: 1 },
      { action: 'ballot.opened', n: 1 },
      { action: 'ballot.position_cast', n: 7 },
    ]);
    // The record of the decision cannot be rewritten, even by hand.
    await expect(t.db.query(`UPDATE ballot SET outcome = 'REJECTED' WHERE id = $1`, [ballot.id])).rejects.toThrow(/closed or cancelled ballot never changes/);
    await expect(t.db.query(`UPDATE ballot_position SET position = 'OBJECT' WHERE ballot_id = $1`, [ballot.id])).rejects.toThrow(/ballot is closed/);
  });

  it('consensus: a standing reservation blocks, and so does a missing quorum', async () => {
    const blocked = (await open({ proposalId: await submittedProposal(), rule: 'CONSENSUS', closesAt: inSeconds(3600) })).data!['openBallot'];
    for (const state of STATES.slice(0, 8)) await castOk(state, blocked.id, 'SUPPORT');
    await castOk('NL', blocked.id, 'RESERVATION', 'Scrutiny pending');
    const { closeBallot: rejected } = await secretariat.data(CLOSE, { input: { ballotId: blocked.id } });
    expect(rejected).toMatchObject({ outcome: 'REJECTED', outcomeReason: 'RESERVATION_STANDS', tally: { support: 8, reservation: 1, notVoted: 1 } });

    const thin = (await open({ proposalId: await submittedProposal(), rule: 'CONSENSUS', closesAt: inSeconds(3600), quorum: 0.75 })).data!['openBallot'];
    for (const state of STATES.slice(0, 7)) await castOk(state, thin.id, 'SUPPORT');
    const { closeBallot: noQuorum } = await secretariat.data(CLOSE, { input: { ballotId: thin.id } });
    expect(noQuorum).toMatchObject({ outcome: 'REJECTED', outcomeReason: 'QUORUM_NOT_MET', quorum: 0.75, tally: { support: 7, notVoted: 3 } });
    expect((await secretariat.data(PROPOSAL, { id: (await secretariat.data(GET, { id: thin.id })).ballot.proposal.id })).proposal.status).toBe('REJECTED');
  });

  it('silence procedure: kept silence is consent, and the scheduler closes the ballot at its deadline', async () => {
    const proposalId = await submittedProposal();
    const ballot = (await open({ proposalId, rule: 'SILENCE', closesAt: inSeconds(3600) })).data!['openBallot'];
    expect(ballot).toMatchObject({ quorum: null, threshold: null });
    await castOk('US', ballot.id, 'SUPPORT');
    // Before its deadline the scheduler leaves the ballot alone.
    expect(await sweptBallot(ballot.id)).toMatchObject({ status: 'OPEN', closedAt: null });
    await reachDeadline(t.database.url, ballot.id);
    const closed = await sweptBallot(ballot.id);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'ADOPTED',
      outcomeReason: 'SILENCE_KEPT',
      tally: { support: 1, abstain: 0, object: 0, reservation: 0, notVoted: 9, eligible: 10 },
      proposal: { status: 'ADOPTED' },
    });
    // Dated at the deadline, not when the scheduler came round.
    expect(closed.closedAt).toBe(closed.closesAt);
    const [{ closed_by_id }] = await t.db.query(`SELECT closed_by_id FROM ballot WHERE id = $1`, [ballot.id]);
    expect(closed_by_id).toBeNull();
    expect(await t.db.query(`SELECT actor_kind FROM audit_event WHERE object_id = $1 AND action = 'ballot.closed'`, [ballot.id])).toEqual([{ actor_kind: 'SYSTEM' }]);
  });

  it('silence procedure: one objection just before the deadline breaks the silence, and nothing is taken after it', async () => {
    const proposalId = await submittedProposal();
    const ballot = (await open({ proposalId, rule: 'SILENCE', closesAt: inSeconds(3600) })).data!['openBallot'];
    const objection = await castOk('FR', ballot.id, 'OBJECT', 'The definition catches ordinary CCTV');
    await reachDeadline(t.database.url, ballot.id);
    const { closesAt } = (await secretariat.data(GET, { id: ballot.id })).ballot;
    expect(new Date(objection.castAt).getTime()).toBeLessThanOrEqual(new Date(closesAt).getTime());
    // Past the deadline and before the scheduler comes round, the ballot takes nothing more.
    expect(errorOf(await cast('FR', ballot.id, 'SUPPORT'))).toEqual({ code: 'CONFLICT', reason: 'BALLOT_CLOSED' });
    expect(errorOf(await cast('US', ballot.id, 'SUPPORT'))).toEqual({ code: 'CONFLICT', reason: 'BALLOT_CLOSED' });
    const closed = await sweptBallot(ballot.id);
    expect(closed).toMatchObject({ outcome: 'REJECTED', outcomeReason: 'OBJECTION_STANDS', closedAt: closesAt, tally: { object: 1, notVoted: 9 }, proposal: { status: 'REJECTED' } });
    expect(closed.positions).toEqual([expect.objectContaining({ state: { code: 'FR' }, position: 'OBJECT', statement: 'The definition catches ordinary CCTV' })]);
  });

  it('qualified majority: exactly two thirds of SUPPORT + OBJECT adopts; the same count under 0.7 is rejected', async () => {
    const mix: [StateCode, string][] = [['JP', 'SUPPORT'], ['US', 'SUPPORT'], ['GB', 'SUPPORT'], ['FR', 'SUPPORT'], ['DE', 'OBJECT'], ['IT', 'OBJECT'], ['CA', 'ABSTAIN']];
    const twoThirds = (await open({ proposalId: await submittedProposal(), rule: 'QUALIFIED_MAJORITY', closesAt: inSeconds(3600) })).data!['openBallot'];
    expect(twoThirds.threshold).toBeCloseTo(2 / 3, 12);
    const seventy = (await open({ proposalId: await submittedProposal(), rule: 'QUALIFIED_MAJORITY', closesAt: inSeconds(3600), threshold: 0.7, quorum: 0.6 })).data!['openBallot'];
    for (const [state, position] of mix) {
      await castOk(state, twoThirds.id, position);
      await castOk(state, seventy.id, position);
    }
    expect((await secretariat.data(CLOSE, { input: { ballotId: twoThirds.id } })).closeBallot).toMatchObject({
      outcome: 'ADOPTED',
      outcomeReason: 'THRESHOLD_MET',
      tally: { support: 4, object: 2, abstain: 1, reservation: 0, notVoted: 3, eligible: 10 },
    });
    expect((await secretariat.data(CLOSE, { input: { ballotId: seventy.id } })).closeBallot).toMatchObject({
      outcome: 'REJECTED',
      outcomeReason: 'THRESHOLD_NOT_MET',
    });
  });

  it('qualified majority closed by the scheduler at its deadline', async () => {
    const proposalId = await submittedProposal();
    const ballot = (await open({ proposalId, rule: 'QUALIFIED_MAJORITY', closesAt: inSeconds(3600), quorum: 0.3 })).data!['openBallot'];
    await castOk('JP', ballot.id, 'SUPPORT');
    await castOk('US', ballot.id, 'SUPPORT');
    await castOk('GB', ballot.id, 'OBJECT');
    await reachDeadline(t.database.url, ballot.id);
    const closed = await sweptBallot(ballot.id);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'ADOPTED', outcomeReason: 'THRESHOLD_MET', tally: { support: 2, object: 1, notVoted: 7 }, proposal: { status: 'ADOPTED' } });
  });

  it('refuses to open a ballot to anyone but the secretariat, twice, in the past, or with parameters the rule does not take', async () => {
    const proposalId = await submittedProposal();
    const valid = { proposalId, rule: 'CONSENSUS', closesAt: inSeconds(3600) };
    expect(errorOf(await delegateJp.request(OPEN, { input: valid }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await heads.JP.request(OPEN, { input: valid }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await machine.request(OPEN, { input: valid }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql.request(OPEN, { input: valid }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await open({ ...valid, closesAt: inSeconds(-60) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CLOSING_TIME' });
    expect(errorOf(await open({ ...valid, quorum: 0 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUORUM' });
    expect(errorOf(await open({ ...valid, rule: 'QUALIFIED_MAJORITY', threshold: 0.5 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_THRESHOLD' });
    expect(errorOf(await open({ ...valid, rule: 'SILENCE', quorum: 0.5 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_RULE_PARAMETERS' });
    expect(errorOf(await open({ ...valid, threshold: 0.8 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_RULE_PARAMETERS' });
    expect(errorOf(await open({ ...valid, expectedRevision: 2 }))).toEqual({ code: 'CONFLICT', reason: 'STALE_REVISION' });

    const [first, second] = await Promise.all([open(valid), open(valid)]);
    const outcomes = [first, second].map((r) => (r.errors ? errorOf(r) : 'OPENED'));
    expect(outcomes).toEqual(expect.arrayContaining(['OPENED', { code: 'CONFLICT', reason: 'BALLOT_ALREADY_OPEN' }]));
    expect(await t.db.query(`SELECT count(*)::int AS n FROM ballot WHERE proposal_id = $1`, [proposalId])).toEqual([{ n: 1 }]);

    const { createProposal: draft } = await delegateJp.data(CREATE, {
      input: { title: 'Still a draft', rationale: 'x', justification, changes: [{ kind: 'REMOVE_ENTRY', code: '4A980' }] },
    });
    expect(errorOf(await open({ ...valid, proposalId: draft.id }))).toEqual({ code: 'NOT_FOUND', reason: 'PROPOSAL_NOT_FOUND' });
  });

  it('takes positions only from heads of ACTIVE states that were eligible at opening', async () => {
    await t.db.query(`UPDATE participating_state SET status = 'OBSERVER' WHERE code = 'KR'`);
    try {
      const ballot = (await open({ proposalId: await submittedProposal(), rule: 'CONSENSUS', closesAt: inSeconds(3600) })).data!['openBallot'];
      expect(ballot.eligibleCount).toBe(9);
      expect(errorOf(await cast('KR', ballot.id, 'SUPPORT'))).toEqual({ code: 'FORBIDDEN', reason: 'STATE_NOT_ACTIVE' });
      // Reinstated after opening: still not part of this ballot.
      await t.db.query(`UPDATE participating_state SET status = 'ACTIVE' WHERE code = 'KR'`);
      expect(errorOf(await cast('KR', ballot.id, 'SUPPORT'))).toEqual({ code: 'FORBIDDEN', reason: 'STATE_NOT_ACTIVE' });
      await t.db.query(`UPDATE participating_state SET status = 'SUSPENDED' WHERE code = 'NL'`);
      expect(errorOf(await cast('NL', ballot.id, 'SUPPORT'))).toEqual({ code: 'FORBIDDEN', reason: 'STATE_NOT_ACTIVE' });

      const input = { ballotId: ballot.id, position: 'SUPPORT' };
      expect(errorOf(await delegateJp.request(CAST, { input }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_HEAD_OF_DELEGATION' });
      expect(errorOf(await secretariat.request(CAST, { input }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_HEAD_OF_DELEGATION' });
      expect(errorOf(await machine.request(CAST, { input }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await t.gql.request(CAST, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await heads.JP.request(CAST, { input: { ...input, ballotId: '00000000-0000-4000-8000-000000000000' } }))).toEqual({ code: 'NOT_FOUND', reason: 'BALLOT_NOT_FOUND' });
      expect(errorOf(await heads.JP.request(CLOSE, { input: { ballotId: ballot.id } }))).toMatchObject({ code: 'FORBIDDEN' });

      // Who took which position is for participants, never machine clients.
      await castOk('JP', ballot.id, 'SUPPORT');
      expect(errorOf(await machine.request(GET, { id: ballot.id }))).toMatchObject({ code: 'FORBIDDEN' });
      const { ballot: seenByDelegate } = await delegateJp.data(GET, { id: ballot.id });
      expect(seenByDelegate.positions).toEqual([expect.objectContaining({ state: { code: 'JP' }, position: 'SUPPORT' })]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM ballot_position WHERE ballot_id = $1`, [ballot.id])).toEqual([{ n: 1 }]);
    } finally {
      await t.db.query(`UPDATE participating_state SET status = 'ACTIVE' WHERE code IN ('KR', 'NL')`);
    }
  });

  it('lets a ballot lapse when its proposal is withdrawn: casts refused, the count kept, nothing decided', async () => {
    const proposalId = await submittedProposal();
    const ballot = (await open({ proposalId, rule: 'CONSENSUS', closesAt: inSeconds(3600) })).data!['openBallot'];
    await castOk('US', ballot.id, 'SUPPORT');
    await delegateJp.data(WITHDRAW, { input: { proposalId } });
    expect(errorOf(await cast('GB', ballot.id, 'SUPPORT'))).toEqual({ code: 'CONFLICT', reason: 'PROPOSAL_WITHDRAWN' });
    const { closeBallot: closed } = await secretariat.data(CLOSE, { input: { ballotId: ballot.id } });
    expect(closed).toMatchObject({ outcome: 'LAPSED', outcomeReason: 'PROPOSAL_WITHDRAWN', tally: { support: 1, notVoted: 9 } });
    expect((await secretariat.data(PROPOSAL, { id: proposalId })).proposal.status).toBe('WITHDRAWN');
  });
});
