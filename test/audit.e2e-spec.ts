import { Client } from 'pg';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
const REVISE = `mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { id currentRevision } }`;
const SUBMIT = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
const JOIN = `mutation ($input: ProposalActionInput!) { joinProposal(input: $input) { id } }`;
const LEAVE = `mutation ($input: ProposalActionInput!) { leaveProposal(input: $input) { id } }`;
const WITHDRAW = `mutation ($input: ProposalActionInput!) { withdrawProposal(input: $input) { id } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const EDIT_COMMENT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { id } }`;
const RETRACT_COMMENT = `mutation ($input: RetractCommentInput!) { retractComment(input: $input) { id } }`;
const CREATE_STATE = `mutation ($input: CreateParticipatingStateInput!) { createParticipatingState(input: $input) { id code } }`;
const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id sequence redacted action objectType objectId actorKind actorId stateCode summary prevHash hash occurredAt } }
  } }`;
const VERIFY = `{ verifyAuditChain { valid checked firstBrokenSequence firstBrokenEventId reason detail } }`;

interface AuditNode {
  id: string;
  sequence: number;
  action: string;
  objectType: string;
  objectId: string;
  actorKind: string;
  actorId: string | null;
  stateCode: string | null;
  redacted: boolean;
  summary: string;
  prevHash: string;
  hash: string;
}

const justification = {
  humanRightsRisk: 'Used to identify and arrest journalists.',
  evidenceOfMisuse: 'UN Special Rapporteur reports.',
  foreignAvailability: 'Limited.',
  controllability: 'Few vendors.',
  clarity: 'Names the layers.',
};

describe('audit trail: a hash chain over every state change', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  let machine: GraphQLClient;
  let amendment: Record<string, unknown>;

  const everyEvent = async (client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<AuditNode[]> => {
    const events: AuditNode[] = [];
    let after: string | undefined;
    for (;;) {
      const { auditLog } = await client.data(AUDIT_LOG, { filter, first: 100, after });
      events.push(...auditLog.edges.map((edge: { node: AuditNode }) => edge.node));
      if (!auditLog.pageInfo.hasNextPage) return events;
      after = auditLog.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, us, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('delegate.us@example.org'), t.as('secretariat@example.org')]);
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'METI', scopes: ['RELEASES_READ'] },
    });
    machine = t.gql.as({ apiKey: createApiClient.apiKey });
    const { latestRelease } = await jp.data('{ latestRelease { entry(code: "5A001") { heading reasons paragraphs { path kind text } } } }');
    const base = latestRelease.entry;
    amendment = {
      kind: 'AMEND_ENTRY',
      code: '5A001',
      entry: { code: '5A001', heading: base.heading, status: 'ACTIVE', reasons: ['HR', ...base.reasons], paragraphs: base.paragraphs, references: [], definitions: [], correlations: [] },
    };
  });
  afterAll(() => t.close());

  it('records a whole negotiation, in order, without secrets, and the chain verifies', async () => {
    const { createProposal: proposal } = await jp.data(CREATE, {
      input: { title: 'Add HR to 5A001', rationale: 'Human rights.', justification, changes: [amendment] },
    });
    await jp.data(REVISE, { input: { proposalId: proposal.id, expectedRevision: 1, title: 'Add HR to 5A001 (r2)' } });
    await jp.data(SUBMIT, { input: { proposalId: proposal.id, expectedRevision: 2 } });
    await us.data(JOIN, { input: { proposalId: proposal.id } });
    const { addComment } = await us.data(COMMENT, { input: { proposalId: proposal.id, body: 'Which layers?' } });
    await us.data(EDIT_COMMENT, { input: { commentId: addComment.id, body: 'Which network layers?' } });
    await us.data(RETRACT_COMMENT, { input: { commentId: addComment.id } });
    await us.data(LEAVE, { input: { proposalId: proposal.id } });
    await jp.data(WITHDRAW, { input: { proposalId: proposal.id } });

    const events = await everyEvent(secretariat);
    const ascending = [...events].reverse();
    expect(ascending.map((event) => event.action)).toEqual([
      'RELEASE_BASELINE_IMPORTED',
      'API_CLIENT_CREATED',
      'PROPOSAL_CREATED',
      'PROPOSAL_REVISED',
      'PROPOSAL_SUBMITTED',
      'PROPOSAL_COSPONSOR_JOINED',
      'COMMENT_ADDED',
      'COMMENT_EDITED',
      'COMMENT_RETRACTED',
      'PROPOSAL_COSPONSOR_LEFT',
      'PROPOSAL_WITHDRAWN',
    ]);
    expect(ascending.map((event) => event.sequence)).toEqual(ascending.map((_, index) => index + 1));
    expect(ascending[0]).toMatchObject({ actorKind: 'SYSTEM', actorId: 'baseline-import', stateCode: null });
    expect(ascending[2]).toMatchObject({ objectType: 'proposal', objectId: proposal.id, actorKind: 'USER', stateCode: 'JP' });
    expect(ascending[5]).toMatchObject({ action: 'PROPOSAL_COSPONSOR_JOINED', stateCode: 'US' });
    expect(JSON.parse(ascending[3].summary)).toMatchObject({ revision: 2, against: 1, fields: ['title'] });
    expect(JSON.parse(ascending[4].summary)).toMatchObject({ from: 'DRAFT', to: 'UNDER_REVIEW' });
    for (let i = 1; i < ascending.length; i++) expect(ascending[i].prevHash).toBe(ascending[i - 1].hash);
    expect(ascending[0].prevHash).toBe('0'.repeat(64));
    // No secret and no retracted words ever enter the append-only trail.
    const trail = JSON.stringify(events);
    expect(trail).not.toMatch(/Which|secretHash|passwordHash|ck_[0-9a-f]{16}_/);

    expect((await secretariat.data(VERIFY)).verifyAuditChain).toEqual({
      valid: true,
      checked: events.length,
      firstBrokenSequence: null,
      firstBrokenEventId: null,
      reason: null,
      detail: null,
    });
  });

  it("shows a delegation its own state's events only (the others redacted), filters, and refuses machines, anonymous callers and non-secretariat verification", async () => {
    const listed = await everyEvent(jp);
    const mine = listed.filter((event) => !event.redacted);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((event) => event.stateCode))).toEqual(new Set(['JP']));
    expect(listed.filter((event) => event.redacted).every((event) => event.action === null && event.objectId === null && event.summary === null)).toBe(true);
    expect(listed.length).toBe((await everyEvent(secretariat)).length);
    expect(errorOf(await jp.request(AUDIT_LOG, { filter: { stateCode: 'US' } }))).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_STATE_AUDIT' });
    const usEvents = await everyEvent(secretariat, { stateCode: 'US' });
    expect(usEvents.map((event) => event.action).sort()).toEqual(
      ['COMMENT_ADDED', 'COMMENT_EDITED', 'COMMENT_RETRACTED', 'PROPOSAL_COSPONSOR_JOINED', 'PROPOSAL_COSPONSOR_LEFT'].sort(),
    );
    const submitted = await everyEvent(secretariat, { action: 'PROPOSAL_SUBMITTED' });
    expect(submitted).toHaveLength(1);
    expect(await everyEvent(secretariat, { objectType: 'proposal', objectId: submitted[0].objectId })).toHaveLength(6);
    expect(await everyEvent(secretariat, { from: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(0);
    expect(errorOf(await machine.request(AUDIT_LOG, {}))?.code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql.request(AUDIT_LOG, {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await jp.request(VERIFY))?.code).toBe('FORBIDDEN');
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(t.db.query(`UPDATE audit_event SET action = 'forged' WHERE sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_event WHERE sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('stays linear under 30 concurrent writers', async () => {
    const before = (await everyEvent(secretariat)).length;
    const codes = Array.from({ length: 30 }, (_, i) => String.fromCharCode(81 + Math.floor(i / 26), 65 + (i % 26)));
    const results = await Promise.all(
      codes.map((code, i) => secretariat.data(CREATE_STATE, { input: { code, name: `Test state ${i}`, status: 'ACTIVE' } })),
    );
    const created = results.map((result) => result.createParticipatingState.id as string);
    const rows: { sequence: string; prev_hash: string; object_id: string }[] = await t.db.query(`SELECT sequence, prev_hash, object_id FROM audit_event ORDER BY sequence`);
    expect(rows).toHaveLength(before + 30);
    // Every writer's event is in the chain, once, after everything that was there before.
    expect(rows.slice(before).map((row) => row.object_id).sort()).toEqual([...created].sort());
    expect(rows.map((row) => Number(row.sequence))).toEqual(rows.map((_, index) => index + 1));
    expect(new Set(rows.map((row) => row.prev_hash)).size).toBe(rows.length);
    expect((await secretariat.data(VERIFY)).verifyAuditChain).toMatchObject({ valid: true, checked: before + 30 });
  });

  it('names exactly the event a superuser altered behind the triggers', async () => {
    const [target] = await t.db.query(`SELECT id, sequence FROM audit_event WHERE action = 'proposal.submitted'`);
    // The test database's role is a superuser, as an attacker with full database access would be.
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query(`UPDATE audit_event SET summary = jsonb_set(summary, '{to}', '"ADOPTED"') WHERE id = $1`, [target.id]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    expect((await secretariat.data(VERIFY)).verifyAuditChain).toMatchObject({
      valid: false,
      checked: Number(target.sequence) - 1,
      firstBrokenSequence: Number(target.sequence),
      firstBrokenEventId: target.id,
      reason: 'HASH_MISMATCH',
    });
  });
  it("keeps a draft's events its delegation's own until the draft is submitted", async () => {
    const actionsOn = async (client: GraphQLClient, objectId: string) =>
      (await everyEvent(client, { objectType: 'proposal', objectId })).map((event) => event.action).reverse();
    const input = { title: 'A draft', rationale: 'Not yet for others.', justification, changes: [amendment] };
    const { createProposal: kept } = await jp.data(CREATE, { input });
    await jp.data(REVISE, { input: { proposalId: kept.id, expectedRevision: 1, title: 'A draft, r2' } });
    await jp.data(WITHDRAW, { input: { proposalId: kept.id } });
    expect(await actionsOn(jp, kept.id)).toEqual(['PROPOSAL_CREATED', 'PROPOSAL_REVISED', 'PROPOSAL_WITHDRAWN']);
    expect(await actionsOn(secretariat, kept.id)).toEqual([]);
    expect((await everyEvent(secretariat)).some((event) => event.objectId === kept.id)).toBe(false);

    const { createProposal: shown } = await jp.data(CREATE, { input });
    expect(await actionsOn(secretariat, shown.id)).toEqual([]);
    await jp.data(SUBMIT, { input: { proposalId: shown.id, expectedRevision: 1 } });
    expect(await actionsOn(secretariat, shown.id)).toEqual(['PROPOSAL_CREATED', 'PROPOSAL_SUBMITTED']);
  });
});
