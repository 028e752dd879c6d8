import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { AuditCheckpointScheduler, AuditCheckpointTrigger, contentHash, linkHash, SignedAuditCheckpoint, verifiedCheckpoint } from '@concord/audit';
import { seedControlList } from '@concord/database';
import { GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput, justification } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const concord = (...args: string[]) => runConcord(args);

const EVENT_FIELDS = 'id sequence occurredAt redacted chainVersion contentHash contentSalt actorKind actorId stateId actionValue objectType objectId summary prevHash hash';
const AUDIT_LOG = `query ($after: String) { auditLog(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FIELDS} } } } }`;
const CHECKPOINTS = `{ auditCheckpoints { sequence hash at trigger envelope } }`;
const VERIFY = `query ($input: VerifyAuditChainInput) { verifyAuditChain(input: $input) { valid checked firstBrokenSequence reason detail fromSequence toSequence } }`;
const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;

interface EventNode {
  id: string;
  sequence: number;
  occurredAt: string;
  redacted: boolean;
  contentHash: string | null;
  contentSalt: string | null;
  actorKind: string | null;
  actorId: string | null;
  stateId: string | null;
  actionValue: string | null;
  objectType: string | null;
  objectId: string | null;
  summary: string | null;
  prevHash: string;
  hash: string;
}

describe('the audit chain anchored by signed checkpoints', () => {
  let t: TestApp;
  let server: string;
  let work: string;
  let keysFile: string;
  let keys: { keyId: string; publicKey: string }[];
  let secretariat: GraphQLClient;
  let jp: GraphQLClient;
  let apiKey: string;
  let changes: unknown[];
  let releaseDocument: { auditCheckpoint: SignedAuditCheckpoint | null };
  const file = (name: string, content: unknown) => {
    const path = join(work, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  const everyEvent = async (client: GraphQLClient): Promise<EventNode[]> => {
    const events: EventNode[] = [];
    let after: string | undefined;
    for (;;) {
      const { auditLog } = await client.data(AUDIT_LOG, { after });
      events.push(...auditLog.edges.map((edge: { node: EventNode }) => edge.node));
      if (!auditLog.pageInfo.hasNextPage) return events.reverse();
      after = auditLog.pageInfo.endCursor;
    }
  };
  const latestCheckpoint = async (): Promise<SignedAuditCheckpoint> => {
    const response = await fetch(`${server}/audit/checkpoints/latest.json`, { headers: { authorization: `ApiKey ${apiKey}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as SignedAuditCheckpoint;
  };
  const sweep = () => t.app.get(AuditCheckpointScheduler).sweep();
  const superuser = async (statements: (client: Client) => Promise<void>) => {
    // The test database's role is a superuser, as an attacker with full database access would be.
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL session_replication_role = replica`);
      await statements(client);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    work = mkdtempSync(join(tmpdir(), 'concord-audit-anchor-'));
    [secretariat, jp] = [await t.as('secretariat@example.org'), await t.as('delegate.jp@example.org')];
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
    ({ signingKeys: keys } = await t.gql.as({ apiKey }).data('{ signingKeys { keyId publicKey } }'));
    keysFile = file('root.json', await (await fetch(`${server}/releases/root/1.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).json());
    const entry = await baseEntry(jp, '5A001');
    changes = [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { heading: `${entry.heading} (reworded)` }) }];
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) }]);
    await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [proposal.id] } });
    releaseDocument = (await (await fetch(`${server}/releases/2026.1.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).json()) as typeof releaseDocument;
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('signs the head at publication, in the release document, and on the schedule; every participant reads them', async () => {
    const [atPublication] = await t.db.query(`SELECT sequence, hash, trigger FROM audit_checkpoint ORDER BY sequence DESC LIMIT 1`);
    expect(atPublication.trigger).toBe(AuditCheckpointTrigger.RELEASE_PUBLICATION);
    // Signed inside the publication, before its own release.published event.
    const [published] = await t.db.query(`SELECT sequence FROM audit_event WHERE action = 'release.published'`);
    expect(Number(atPublication.sequence)).toBe(Number(published.sequence) - 1);
    const carried = releaseDocument.auditCheckpoint!;
    expect(carried.signed).toEqual({ format: 'concord-audit-checkpoint/1', sequence: Number(atPublication.sequence), hash: atPublication.hash, at: expect.any(String) });
    expect(verifiedCheckpoint(carried, keys)).toEqual(carried);
    expect(verifiedCheckpoint({ ...carried, signed: { ...carried.signed, sequence: carried.signed.sequence + 1 } }, keys)).toMatch(/no valid Ed25519 signature/);
    expect(await concord('verify', file('2026.1.json', releaseDocument), '--root', keysFile, '--signature', file('2026.1.sig', await (await fetch(`${server}/releases/2026.1.sig`, { headers: { authorization: `ApiKey ${apiKey}` } })).json())))
      .toMatchObject({ code: 0 });

    // A draft: its events are the delegation's own, and in the chain all the same.
    await jp.data(CREATE, { input: { title: 'A draft after the release', rationale: 'Later.', justification, changes } });
    await sweep();
    const [head] = await t.db.query(`SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1`);
    const scheduled = await latestCheckpoint();
    expect(scheduled.signed).toMatchObject({ sequence: Number(head.sequence), hash: head.hash });
    await sweep();
    expect(await t.db.query(`SELECT trigger FROM audit_checkpoint ORDER BY sequence`)).toEqual([
      { trigger: AuditCheckpointTrigger.RELEASE_PUBLICATION },
      { trigger: AuditCheckpointTrigger.SCHEDULE },
    ]);
    for (const reader of [jp, t.gql.as({ apiKey })]) {
      const { auditCheckpoints } = await reader.data(CHECKPOINTS);
      expect(auditCheckpoints.map((checkpoint: { trigger: string }) => checkpoint.trigger)).toEqual(['SCHEDULE', 'RELEASE_PUBLICATION']);
      expect(JSON.parse(auditCheckpoints[0].envelope)).toEqual(scheduled);
    }
    await expect(t.db.query(`DELETE FROM audit_checkpoint`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`UPDATE audit_checkpoint SET hash = repeat('0', 64)`)).rejects.toThrow(/append-only/);
  });

  it("lets a delegation verify the whole chain from its redacted view, and the secretariat too", async () => {
    const view = await everyEvent(jp);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(view).toHaveLength(n);
    const hidden = view.filter((event) => event.redacted);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((event) => event.actionValue === null && event.summary === null && event.contentSalt === null && /^[0-9a-f]{64}$/.test(event.contentHash!))).toBe(true);

    const token = await t.tokenFor('delegate.jp@example.org');
    const ok = await concord('verify-audit', '--server', server, '--token', token, '--root', keysFile);
    expect(ok).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^OK: audit chain from the first event to checkpoint ${n} .*: ${n} event\\(s\\) verified, ${hidden.length} of them redacted`)) });
    const fromRelease = await concord('verify-audit', '--server', server, '--token', token, '--root', keysFile, '--from', file('held-release.json', releaseDocument));
    expect(fromRelease).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^OK: audit chain from checkpoint ${releaseDocument.auditCheckpoint!.signed.sequence} to checkpoint ${n}`)) });
    const secretariatToken = await t.tokenFor('secretariat@example.org');
    expect(await concord('verify-audit', '--server', server, '--token', secretariatToken, '--root', keysFile)).toMatchObject({ code: 0 });
    expect(await concord('verify-audit', '--help')).toMatchObject({ code: 0 });
  });

  it('refuses, against a held checkpoint, a rewritten event with recomputed hashes and a removed last event', async () => {
    const held = await latestCheckpoint();
    const heldFile = file('held.json', held);
    const events = await everyEvent(jp);
    expect(await concord('verify-audit', '--events', file('events.json', { events }), '--root', keysFile, '--to', heldFile)).toMatchObject({ code: 0 });

    // An event the delegation sees in full rewritten, and every hash after it recomputed: each link checks, the head does not.
    const target = events.findIndex((event) => event.actionValue === 'proposal.submitted');
    const forged = events.map((event) => ({ ...event }));
    forged[target].summary = JSON.stringify({ ...JSON.parse(forged[target].summary!), to: 'WITHDRAWN' });
    for (let i = target; i < forged.length; i++) {
      const event = forged[i];
      if (i > target) event.prevHash = forged[i - 1].hash;
      if (!event.redacted) {
        event.contentHash = contentHash(
          { ...event, occurredAt: new Date(event.occurredAt), actorKind: event.actorKind!, action: event.actionValue!, objectType: event.objectType!, objectId: event.objectId!, summary: JSON.parse(event.summary!) },
          event.contentSalt!,
        );
      }
      event.hash = linkHash({ ...event, occurredAt: new Date(event.occurredAt), contentHash: event.contentHash! });
    }
    const rewritten = await concord('verify-audit', '--events', file('rewritten.json', { events: forged }), '--root', keysFile, '--to', heldFile);
    expect(rewritten).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`^REFUSED \\(CHECKPOINT_MISMATCH\\): event ${held.signed.sequence} has hash`)) });
    const truncated = await concord('verify-audit', '--events', file('truncated.json', { events: events.slice(0, -1) }), '--root', keysFile, '--to', heldFile);
    expect(truncated).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(CHECKPOINT_NOT_REACHED\): the chain ends at event \d+, but a signed checkpoint covers event \d+/) });
    const older = await concord('verify-audit', '--events', file('events.json', { events }), '--root', keysFile, '--from', heldFile, '--to', file('old.json', releaseDocument));
    expect(older).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(CHECKPOINT_ORDER\)/) });
    const unsigned = await concord('verify-audit', '--events', file('events.json', { events }), '--root', keysFile, '--to', file('unsigned.json', { ...held, signatures: [] }));
    expect(unsigned).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(CHECKPOINT_UNTRUSTED\)/) });
  });

  it('catches the same attacks on the database itself, against a stored or a held checkpoint', async () => {
    const held = JSON.stringify(await latestCheckpoint());
    expect((await secretariat.data(VERIFY, { input: { to: held } })).verifyAuditChain).toMatchObject({ valid: true, toSequence: JSON.parse(held).signed.sequence });
    const [target] = await t.db.query(`SELECT sequence FROM audit_event WHERE action = 'ballot.closed'`);
    // ballot.closed rewritten, and the hash of it and of every event after it recomputed, as the issue reports.
    await superuser(async (client) => {
      await client.query(`UPDATE audit_event SET summary = jsonb_set(summary, '{outcome}', '"REJECTED"') WHERE sequence = $1`, [target.sequence]);
      const { rows } = await client.query(`SELECT * FROM audit_event WHERE sequence >= $1 ORDER BY sequence`, [target.sequence]);
      let prevHash: string | undefined;
      for (const row of rows) {
        prevHash ??= row.prev_hash;
        const fields = { id: row.id, sequence: Number(row.sequence), occurredAt: row.occurred_at, actorKind: row.actor_kind, actorId: row.actor_id, stateId: row.state_id, action: row.action, objectType: row.object_type, objectId: row.object_id, summary: row.summary };
        const hash = linkHash({ ...fields, prevHash: prevHash!, contentHash: contentHash(fields, row.content_salt) });
        await client.query(`UPDATE audit_event SET prev_hash = $2, hash = $3 WHERE sequence = $1`, [row.sequence, prevHash, hash]);
        prevHash = hash;
      }
    });
    const [tip] = await t.db.query(`SELECT max(sequence)::int AS sequence FROM audit_event`);
    expect((await secretariat.data(VERIFY)).verifyAuditChain).toMatchObject({ valid: false, reason: 'CHECKPOINT_MISMATCH', firstBrokenSequence: tip.sequence });
    expect((await secretariat.data(VERIFY, { input: { to: held } })).verifyAuditChain).toMatchObject({ valid: false, reason: 'CHECKPOINT_MISMATCH' });
    const token = await t.tokenFor('delegate.jp@example.org');
    expect(await concord('verify-audit', '--server', server, '--token', token, '--root', keysFile, '--to', file('held-db.json', JSON.parse(held))))
      .toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(CHECKPOINT_MISMATCH\)/) });

    await superuser((client) => client.query(`DELETE FROM audit_event WHERE sequence = $1`, [tip.sequence]).then(() => undefined));
    expect((await secretariat.data(VERIFY)).verifyAuditChain).toMatchObject({ valid: false, reason: 'CHECKPOINT_NOT_REACHED' });
    expect(await concord('verify-audit', '--server', server, '--token', token, '--root', keysFile))
      .toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(CHECKPOINT_NOT_REACHED\)/) });
    expect((await secretariat.data(VERIFY, { input: { to: JSON.stringify({ ...JSON.parse(held), signatures: [] }) } })).verifyAuditChain).toMatchObject({
      valid: false,
      reason: 'CHECKPOINT_UNTRUSTED',
    });
  });
});
