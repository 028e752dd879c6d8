import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { CAST_POSITION, inHours, OPEN_BALLOT, submittedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const APPOINT = `mutation ($input: AppointActingHeadInput!) { appointActingHead(input: $input) { id current startsAt endsAt delegate { email } appointedBy { email } state { code } } }`;
const REVOKE = `mutation ($input: RevokeActingHeadInput!) { revokeActingHead(input: $input) { revokedAt current } }`;
const STATES = `{ participatingStates { code actingHeads { id current delegate { email } } } }`;
const POSITIONS = `query ($id: ID!) { ballot(id: $id) { positions { state { code } position castCapacity castBy { email }
  history { position castCapacity castBy { email } } } } }`;

/** DESIGN §5: a head names a delegate of its state acting head for a window; only inside it does the delegate speak. */
describe('acting heads of delegation', () => {
  let t: TestApp;
  let headDe: GraphQLClient;
  let delegateDe: GraphQLClient;
  let delegateGb: GraphQLClient;
  let secretariat: GraphQLClient;
  let ballotId: string;
  let delegateDeId: string;
  let appointmentId: string;
  const cast = (client: GraphQLClient, position: string) => client.request(CAST_POSITION, { input: { ballotId, position } });
  /** Moves the window by SQL instead of waiting for it: the clock is the test's to set. */
  const moveWindow = (startsAt: string, endsAt: string) =>
    t.db.query(`UPDATE acting_head SET starts_at = now() + $2::interval, ends_at = now() + $3::interval WHERE id = $1`, [appointmentId, startsAt, endsAt]);

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [headDe, delegateDe, delegateGb, secretariat] = await Promise.all(
      ['head.de', 'delegate.de', 'delegate.gb', 'secretariat'].map((who) => t.as(`${who}@example.org`)),
    );
    [{ id: delegateDeId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'delegate.de@example.org'`);
    const { id } = await submittedProposal(await t.as('delegate.jp@example.org'), 'Define spyware', [
      { kind: 'ADD_DEFINITION', definition: { term: 'spyware', text: 'Software that covertly monitors a person.' } },
    ]);
    ({ openBallot: { id: ballotId } } = await secretariat.data(OPEN_BALLOT, { input: { proposalId: id, rule: 'CONSENSUS', closesAt: inHours(72) } }));
  });
  afterAll(() => t.close());

  it('a head names a delegate of its own state for a window, and only the head may', async () => {
    const window = { delegateId: delegateDeId, startsAt: inHours(1), endsAt: inHours(3) };
    expect(errorOf(await delegateDe.request(APPOINT, { input: window }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await secretariat.request(APPOINT, { input: window }))).toMatchObject({ code: 'FORBIDDEN' });
    const [{ id: delegateGbId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'delegate.gb@example.org'`);
    expect(errorOf(await headDe.request(APPOINT, { input: { ...window, delegateId: delegateGbId } }))).toEqual({ code: 'NOT_FOUND', reason: 'DELEGATE_NOT_FOUND' });
    const [{ id: headDeId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'head.de@example.org'`);
    expect(errorOf(await headDe.request(APPOINT, { input: { ...window, delegateId: headDeId } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_A_DELEGATE' });
    expect(errorOf(await headDe.request(APPOINT, { input: { ...window, endsAt: window.startsAt } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_WINDOW' });
    expect(errorOf(await headDe.request(APPOINT, { input: { ...window, startsAt: inHours(-3), endsAt: inHours(-1) } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_WINDOW' });

    const { appointActingHead } = await headDe.data(APPOINT, { input: window });
    appointmentId = appointActingHead.id;
    expect(appointActingHead).toMatchObject({ current: false, delegate: { email: 'delegate.de@example.org' }, appointedBy: { email: 'head.de@example.org' }, state: { code: 'DE' } });
    expect(errorOf(await headDe.request(APPOINT, { input: { ...window, startsAt: inHours(2), endsAt: inHours(5) } }))).toEqual({ code: 'CONFLICT', reason: 'ACTING_HEAD_OVERLAP' });
    const de = (await secretariat.data(STATES)).participatingStates.find((state: { code: string }) => state.code === 'DE');
    expect(de.actingHeads).toEqual([{ id: appointmentId, current: false, delegate: { email: 'delegate.de@example.org' } }]);
  });

  it('the acting head casts only inside the window; the position records who cast it for whom', async () => {
    expect(errorOf(await cast(delegateDe, 'OBJECT'))).toEqual({ code: 'FORBIDDEN', reason: 'OUTSIDE_ACTING_WINDOW' });
    expect(errorOf(await cast(delegateGb, 'OBJECT'))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_HEAD_OF_DELEGATION' });

    await moveWindow('-1 minute', '2 hours');
    expect((await cast(delegateDe, 'RESERVATION')).data!['castPosition']).toEqual({
      position: 'RESERVATION',
      castCapacity: 'ACTING_HEAD',
      castBy: { email: 'delegate.de@example.org' },
      state: { code: 'DE' },
    });
    expect((await cast(headDe, 'SUPPORT')).data!['castPosition']).toMatchObject({ castCapacity: 'HEAD_OF_DELEGATION', castBy: { email: 'head.de@example.org' } });

    await moveWindow('-2 hours', '-1 minute');
    expect(errorOf(await cast(delegateDe, 'OBJECT'))).toEqual({ code: 'FORBIDDEN', reason: 'OUTSIDE_ACTING_WINDOW' });

    const { ballot } = await delegateGb.data(POSITIONS, { id: ballotId });
    expect(ballot.positions).toEqual([
      {
        state: { code: 'DE' },
        position: 'SUPPORT',
        castCapacity: 'HEAD_OF_DELEGATION',
        castBy: { email: 'head.de@example.org' },
        history: [
          { position: 'RESERVATION', castCapacity: 'ACTING_HEAD', castBy: { email: 'delegate.de@example.org' } },
          { position: 'SUPPORT', castCapacity: 'HEAD_OF_DELEGATION', castBy: { email: 'head.de@example.org' } },
        ],
      },
    ]);
    const casts = await t.db.query(
      `SELECT u.email, e.summary FROM audit_event e JOIN app_user u ON u.id::text = e.actor_id WHERE e.action = 'ballot.position_cast' AND e.object_id = $1 ORDER BY e.sequence`,
      [ballotId],
    );
    expect(casts.map((row: { email: string; summary: { capacity: string } }) => [row.email, row.summary.capacity])).toEqual([
      ['delegate.de@example.org', 'ACTING_HEAD'],
      ['head.de@example.org', 'HEAD_OF_DELEGATION'],
    ]);
  });

  it('a revoked appointment no longer holds, and both are audited', async () => {
    await moveWindow('-1 minute', '1 hour');
    expect((await cast(delegateDe, 'ABSTAIN')).errors).toBeUndefined();
    expect(errorOf(await headDe.request(REVOKE, { input: { actingHeadId: '00000000-0000-4000-8000-000000000000' } }))).toEqual({ code: 'NOT_FOUND', reason: 'ACTING_HEAD_NOT_FOUND' });
    expect((await headDe.data(REVOKE, { input: { actingHeadId: appointmentId } })).revokeActingHead).toMatchObject({ current: false });
    expect(errorOf(await cast(delegateDe, 'OBJECT'))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_HEAD_OF_DELEGATION' });
    expect(errorOf(await headDe.request(REVOKE, { input: { actingHeadId: appointmentId } }))).toEqual({ code: 'CONFLICT', reason: 'ACTING_HEAD_REVOKED' });
    const audit = await t.db.query(`SELECT action FROM audit_event WHERE object_id = $1 ORDER BY sequence`, [appointmentId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['acting_head.appointed', 'acting_head.revoked']);
  });

  it('the database itself refuses an acting head of another state and overlapping windows', async () => {
    const [{ gb }] = await t.db.query(`SELECT id AS gb FROM participating_state WHERE code = 'GB'`);
    const [{ head }] = await t.db.query(`SELECT id AS head FROM app_user WHERE email = 'head.de@example.org'`);
    await expect(
      t.db.query(`INSERT INTO acting_head (state_id, delegate_id, appointed_by_id, starts_at, ends_at) VALUES ($1, $2, $3, now(), now() + interval '1 hour')`, [gb, delegateDeId, head]),
    ).rejects.toMatchObject({ constraint: 'acting_head_delegate_of_state' });
    const [{ de }] = await t.db.query(`SELECT id AS de FROM participating_state WHERE code = 'DE'`);
    await t.db.query(`INSERT INTO acting_head (state_id, delegate_id, appointed_by_id, starts_at, ends_at) VALUES ($1, $2, $3, now(), now() + interval '2 hours')`, [de, delegateDeId, head]);
    await expect(
      t.db.query(`INSERT INTO acting_head (state_id, delegate_id, appointed_by_id, starts_at, ends_at) VALUES ($1, $2, $3, now() + interval '1 hour', now() + interval '3 hours')`, [de, delegateDeId, head]),
    ).rejects.toMatchObject({ constraint: 'acting_head_no_overlap' });
  });
});
