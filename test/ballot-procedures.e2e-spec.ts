import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { CAST_POSITION, CLOSE_BALLOT, inHours, OPEN_BALLOT, submittedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const BALLOT = `query ($id: ID!) { ballot(id: $id) { status closesAt closedAt cancelReason outcome closedBy { email }
  eligibleStates { code } silentStates { code } verdictIfClosedNow { outcome reason tally { support object notVoted } }
  positions { state { code } position } proposal { status } } }`;
const EXTEND = `mutation ($input: ExtendBallotInput!) { extendBallot(input: $input) { closesAt status } }`;
const CANCEL = `mutation ($input: CancelBallotInput!) { cancelBallot(input: $input) { status cancelReason outcome closedAt } }`;
const BALLOTS = `query ($filter: BallotFilter, $first: Int, $after: String) { ballots(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status proposal { reference } } } } }`;
const PENDING = `{ myPendingBallots { id closesAt proposal { reference } } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { status currentRevision ballot { status } ballots { status revision outcome outcomeReason } } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { status currentRevision } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { status } }`;

const definition = (term: string) => [{ kind: 'ADD_DEFINITION', definition: { term, text: `What the list means by ${term}.` } }];

describe('ballot procedures that can always move on: reject and resubmit, extend, cancel, what awaits whom', () => {
  let t: TestApp;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  let headUs: GraphQLClient;
  let headFr: GraphQLClient;
  let delegateFr: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [us, secretariat, headUs, headFr, delegateFr] = await Promise.all(
      ['delegate.us', 'secretariat', 'head.us', 'head.fr', 'delegate.fr'].map((who) => t.as(`${who}@example.org`)),
    );
  });
  afterAll(() => t.close());

  it('a proposal rejected for want of quorum is revised, resubmitted, balloted again and adopted; its ballots are all listed', async () => {
    const { id, reference } = await submittedProposal(us, 'Define biometric identification', definition('biometric identification'));
    const { openBallot: first } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: id, rule: 'CONSENSUS', quorum: 1, closesAt: inHours(24) } });
    await headUs.data(CAST_POSITION, { input: { ballotId: first.id, position: 'SUPPORT' } });
    expect((await secretariat.data(CLOSE_BALLOT, { input: { ballotId: first.id } })).closeBallot).toMatchObject({ outcome: 'REJECTED', outcomeReason: 'QUORUM_NOT_MET' });

    expect((await us.data(REVISE, { input: { proposalId: id, expectedRevision: 1, rationale: 'Revised after the plenary: all states asked for it.' } })).reviseProposal).toEqual({
      status: 'REJECTED',
      currentRevision: 2,
    });
    expect((await us.data(SUBMIT, { input: { proposalId: id, expectedRevision: 2 } })).submitProposal).toEqual({ status: 'UNDER_REVIEW' });
    const [resubmitted] = await t.db.query(`SELECT summary FROM audit_event WHERE action = 'proposal.resubmitted' AND object_id = $1`, [id]);
    expect(resubmitted.summary).toMatchObject({ from: 'REJECTED', to: 'UNDER_REVIEW', revision: 2 });

    const { openBallot: second } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: id, rule: 'SILENCE', closesAt: inHours(24) } });
    await secretariat.data(CLOSE_BALLOT, { input: { ballotId: second.id } });
    expect((await us.data(PROPOSAL, { id })).proposal).toEqual({
      status: 'ADOPTED',
      currentRevision: 2,
      ballot: { status: 'CLOSED' },
      ballots: [
        { status: 'CLOSED', revision: 2, outcome: 'ADOPTED', outcomeReason: 'SILENCE_KEPT' },
        { status: 'CLOSED', revision: 1, outcome: 'REJECTED', outcomeReason: 'QUORUM_NOT_MET' },
      ],
    });
    const { workingDraft } = await secretariat.data(`{ workingDraft { proposals { reference } publishable } }`);
    expect(workingDraft).toEqual({ proposals: [{ reference }], publishable: true });
  });

  it('extends an open ballot to a later deadline only, and lists what awaits each state, soonest deadline first', async () => {
    const later = await submittedProposal(us, 'Define facial recognition', definition('facial recognition'));
    const sooner = await submittedProposal(us, 'Define emotion recognition', definition('emotion recognition'));
    const { openBallot: laterBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: later.id, rule: 'SILENCE', closesAt: inHours(48) } });
    const { openBallot: soonerBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: sooner.id, rule: 'SILENCE', closesAt: inHours(24) } });

    const earlier = await secretariat.request(EXTEND, { input: { ballotId: laterBallot.id, closesAt: inHours(12) } });
    expect(errorOf(earlier)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_LATER' });
    expect(errorOf(await secretariat.request(EXTEND, { input: { ballotId: laterBallot.id, closesAt: inHours(24 * 400) } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CLOSING_TIME' });
    expect(errorOf(await headFr.request(EXTEND, { input: { ballotId: laterBallot.id, closesAt: inHours(72) } }))).toMatchObject({ code: 'FORBIDDEN' });
    const extended = (await secretariat.data(EXTEND, { input: { ballotId: laterBallot.id, closesAt: inHours(72) } })).extendBallot;
    expect(new Date(extended.closesAt).getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);
    const [audited] = await t.db.query(`SELECT summary FROM audit_event WHERE action = 'ballot.extended' AND object_id = $1`, [laterBallot.id]);
    expect(audited.summary).toMatchObject({ from: laterBallot.closesAt, to: extended.closesAt });

    const pendingFr = (await headFr.data(PENDING)).myPendingBallots;
    expect(pendingFr.map((b: { id: string }) => b.id)).toEqual([soonerBallot.id, laterBallot.id]);
    expect((await delegateFr.data(PENDING)).myPendingBallots).toEqual(pendingFr);
    expect(errorOf(await secretariat.request(PENDING))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_A_DELEGATION' });
    const awaitingFr = (await secretariat.data(BALLOTS, { filter: { awaitingPositionFrom: 'FR' } })).ballots;
    expect(awaitingFr.totalCount).toBe(2);

    await headFr.data(CAST_POSITION, { input: { ballotId: soonerBallot.id, position: 'SUPPORT' } });
    expect((await headFr.data(PENDING)).myPendingBallots.map((b: { id: string }) => b.id)).toEqual([laterBallot.id]);
    expect((await secretariat.data(BALLOTS, { filter: { awaitingPositionFrom: 'FR' } })).ballots.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([laterBallot.id]);
    expect((await headUs.data(PENDING)).myPendingBallots.map((b: { id: string }) => b.id)).toEqual([soonerBallot.id, laterBallot.id]);

    const board = (await secretariat.data(BALLOT, { id: soonerBallot.id })).ballot;
    expect(board.eligibleStates).toHaveLength(10);
    expect(board.silentStates.map((s: { code: string }) => s.code)).not.toContain('FR');
    expect(board.silentStates).toHaveLength(9);
    expect(board.verdictIfClosedNow).toEqual({ outcome: 'ADOPTED', reason: 'SILENCE_KEPT', tally: { support: 1, object: 0, notVoted: 9 } });
    await headUs.data(CAST_POSITION, { input: { ballotId: soonerBallot.id, position: 'OBJECT' } });
    expect((await secretariat.data(BALLOT, { id: soonerBallot.id })).ballot.verdictIfClosedNow).toMatchObject({ outcome: 'REJECTED', reason: 'OBJECTION_STANDS' });
  });

  it('pages through ballots newest first and filters them by status and proposal', async () => {
    const page1 = (await us.data(BALLOTS, { first: 2 })).ballots;
    expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const page2 = (await us.data(BALLOTS, { first: 2, after: page1.pageInfo.endCursor })).ballots;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect((await us.data(BALLOTS, { filter: { status: 'OPEN' } })).ballots.totalCount).toBe(2);
    expect(errorOf(await us.request(BALLOTS, { filter: { awaitingPositionFrom: 'france' } }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('cancels an open ballot: no outcome, the proposal back under review, no more positions; a new ballot can follow', async () => {
    const { id } = await submittedProposal(us, 'Define mass interception', definition('mass interception'));
    const { openBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: id, rule: 'CONSENSUS', closesAt: inHours(24) } });
    await headFr.data(CAST_POSITION, { input: { ballotId: openBallot.id, position: 'RESERVATION' } });
    expect(errorOf(await headFr.request(CANCEL, { input: { ballotId: openBallot.id, reason: 'x' } }))).toMatchObject({ code: 'FORBIDDEN' });

    const reason = 'The sponsor will revise the text after the comments received.';
    const cancelled = (await secretariat.data(CANCEL, { input: { ballotId: openBallot.id, reason } })).cancelBallot;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: reason, outcome: null });
    expect((await us.data(BALLOT, { id: openBallot.id })).ballot).toMatchObject({
      status: 'CANCELLED',
      closedBy: { email: 'secretariat@example.org' },
      verdictIfClosedNow: null,
      positions: [{ state: { code: 'FR' }, position: 'RESERVATION' }],
      proposal: { status: 'UNDER_REVIEW' },
    });
    for (const refused of [
      await headFr.request(CAST_POSITION, { input: { ballotId: openBallot.id, position: 'SUPPORT' } }),
      await secretariat.request(CLOSE_BALLOT, { input: { ballotId: openBallot.id } }),
      await secretariat.request(CANCEL, { input: { ballotId: openBallot.id, reason } }),
      await secretariat.request(EXTEND, { input: { ballotId: openBallot.id, closesAt: inHours(48) } }),
    ]) {
      expect(errorOf(refused)).toEqual({ code: 'CONFLICT', reason: 'BALLOT_CANCELLED' });
    }
    await expect(t.db.query(`UPDATE ballot SET cancel_reason = 'rewritten' WHERE id = $1`, [openBallot.id])).rejects.toThrow(/never changes/);
    const [audited] = await t.db.query(`SELECT summary FROM audit_event WHERE action = 'ballot.cancelled' AND object_id = $1`, [openBallot.id]);
    expect(audited.summary).toMatchObject({ reason });

    const { openBallot: again } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: id, rule: 'SILENCE', closesAt: inHours(24) } });
    expect(again.status).toBe('OPEN');
    expect((await us.data(PROPOSAL, { id })).proposal.ballots.map((b: { status: string }) => b.status)).toEqual(['OPEN', 'CANCELLED']);
  });
});
