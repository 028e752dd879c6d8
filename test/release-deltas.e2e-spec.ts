import { createServer, IncomingMessage, Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedControlList } from '@concord/database';
import { EventBus, verifyWebhookSignature } from '@concord/events';
import { ReleaseDeltaDocument, SignedRoot, verifyReleaseDelta } from '@concord/releases';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { eventually } from './support/eventually';
import { runConcord } from './support/concord-cli';
import { recordQueries } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const REGISTER = `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id scope { prefixes codes } } } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id) { id status } }`;
const DELTA_FIELDS = 'version previousVersion scope { prefixes codes } changes { code kind before after } document';
const DELTA = `query ($version: String!, $scope: ReleaseScopeInput!) { releaseDelta(version: $version, scope: $scope) { ${DELTA_FIELDS} } }`;
const PUBLISH = 'mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What one subscription receives, in order. */
function subscribe(client: Client, query: string, variables: Record<string, unknown>) {
  const received: Record<string, any>[] = [];
  const errors: any[] = [];
  client.subscribe({ query, variables }, { next: (value) => (value.errors ? errors.push(...value.errors) : received.push(value.data as Record<string, any>)), error: (e) => errors.push(e), complete: () => undefined });
  return { received, errors };
}

describe('subscriptions by subtree: only the changes in scope, each verifiable against the signed releases', () => {
  let t: TestApp;
  let machine: GraphQLClient;
  let apiKey: string;
  let root: SignedRoot;
  let receiver: Server;
  let base: string;
  let work: string;
  const received: Received[] = [];
  const sockets: Client[] = [];

  const socket = () => {
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `ApiKey ${apiKey}` }, lazy: false, retryAttempts: 0 });
    sockets.push(client);
    return client;
  };
  const register = async (path: string, scope?: Record<string, string[]>) =>
    (await machine.data(REGISTER, { input: { url: `${base}${path}`, events: ['RELEASE_PUBLISHED'], ...(scope ? { scope } : {}) } })).registerWebhook;
  const amendHeading = async (code: string) => {
    const entry = await baseEntry(machine, code);
    return { kind: 'AMEND_ENTRY', code, entry: entryInput(entry, { heading: `${entry.heading} (amended)` }) };
  };
  const publish = async (version: string, changes: unknown[]) => {
    const jp = await t.as('delegate.jp@example.org');
    const proposal = await adoptedProposal(t, jp, `Changes for ${version}`, changes);
    await (await t.as('secretariat@example.org')).data(PUBLISH, { input: { version, proposalIds: [proposal.id] } });
  };

  beforeAll(async () => {
    // The release in force is learned from the publications here; its once-a-second reread would count as a delta's statement.
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_POLL_MS: '25', RELEASE_IN_FORCE_REFRESH_MS: '600000' });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await (await t.as('secretariat@example.org')).data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'METI licensing', scopes: ['RELEASES_READ'] },
    }));
    machine = t.gql.as({ apiKey });
    const server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    root = (await (await fetch(`${server}/releases/root/1.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).json()) as SignedRoot;
    work = mkdtempSync(join(tmpdir(), 'concord-deltas-'));
    writeFileSync(join(work, 'root.json'), JSON.stringify(root));
  });
  afterAll(async () => {
    await Promise.all(sockets.map((client) => client.dispose()));
    await t.close();
    await new Promise((resolve) => receiver.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses bad scopes with stable reasons, changing nothing', async () => {
    const refusals: [Record<string, string[]>, string][] = [
      [{}, 'SCOPE_EMPTY'],
      [{ prefixes: [], codes: [] }, 'SCOPE_EMPTY'],
      [{ prefixes: ['5Z'] }, 'SCOPE_INVALID_PREFIX'],
      [{ prefixes: ['5A001.j'] }, 'SCOPE_INVALID_PREFIX'],
      [{ codes: ['5A01'] }, 'SCOPE_INVALID_CODE'],
      [{ codes: Array.from({ length: 51 }, (_, i) => `5A${String(i).padStart(3, '0')}`) }, 'SCOPE_TOO_LARGE'],
    ];
    for (const [scope, reason] of refusals) {
      expect(errorOf(await machine.request(DELTA, { version: '2026.0', scope }))).toEqual({ code: 'BAD_USER_INPUT', reason });
      expect(errorOf(await machine.request(REGISTER, { input: { url: `${base}/bad`, events: ['RELEASE_PUBLISHED'], scope } }))).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
    expect((await machine.data('{ webhooks { id } }')).webhooks).toEqual([]);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM webhook`);
    expect(count).toBe(0);
    const bad = subscribe(socket(), `subscription ($scope: ReleaseScopeInput!) { releaseDelta(scope: $scope) { version } }`, { scope: { prefixes: ['X'] } });
    await eventually(() => bad.errors.length > 0);
    expect(bad.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'SCOPE_INVALID_PREFIX' } });
  });

  it('normalises a scope: case, order, repeats, and what a shorter prefix covers', async () => {
    const { webhook } = await register('/normalised', { prefixes: ['5a00', '5a', '4d', '4'], codes: ['5a001', '3A981', '3a981', '4A005'] });
    expect(webhook.scope).toEqual({ prefixes: ['4', '5A'], codes: ['3A981'] });
  });

  it('pushes to a 5A subscriber exactly the 5A changes of a publication that also changes 4A and 4D, verifiable; the webhook gets the same delta, signed', async () => {
    const scoped = await register('/scoped', { prefixes: ['5A'] });
    const plain = await register('/plain');
    const elsewhere = await register('/elsewhere', { prefixes: ['1'] });
    const fiveA = subscribe(socket(), `subscription ($scope: ReleaseScopeInput!) { releaseDelta(scope: $scope) { ${DELTA_FIELDS} } }`, { scope: { prefixes: ['5A'] } });
    const category1 = subscribe(socket(), `subscription ($scope: ReleaseScopeInput!) { releaseDelta(scope: $scope) { version changes { code } } }`, { scope: { prefixes: ['1'] } });
    await eventually(() => t.app.get(EventBus).streamCount === 2);

    await publish('2026.1', [await amendHeading('5A001'), { kind: 'REMOVE_ENTRY', code: '5A980' }, await amendHeading('4A005'), await amendHeading('4D004'), await amendHeading('5D001')]);

    await eventually(() => fiveA.received.length >= 1);
    const pushed = fiveA.received[0].releaseDelta;
    expect(pushed).toMatchObject({ version: '2026.1', previousVersion: '2026.0', scope: { prefixes: ['5A'], codes: [] } });
    expect(pushed.changes.map((change: { code: string; kind: string }) => [change.code, change.kind])).toEqual([['5A001', 'AMENDED'], ['5A980', 'REMOVED']]);
    const [amended, removed] = pushed.changes;
    expect(JSON.parse(amended.after).heading).toBe(`${JSON.parse(amended.before).heading} (amended)`);
    expect(JSON.parse(removed.after).status).toBe('RESERVED');
    expect(JSON.parse(removed.before).status).toBe('ACTIVE');

    const verdict = verifyReleaseDelta(JSON.parse(pushed.document), { root: root.signed });
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.ok && verdict.checked.join('\n')).toMatch(/5A001 AMENDED: before in 2026\.0, after in 2026\.1 proved under the signed Merkle root/);

    // Fetched later, the same bytes: what a consumer that missed the push catches up with.
    const { releaseDelta } = await machine.data(DELTA, { version: '2026.1', scope: { prefixes: ['5a'] } });
    expect(releaseDelta.document).toBe(pushed.document);

    // The scoped webhook's body is that delta document, HMAC-signed as every delivery; the unscoped one gets the notice.
    const delivered = await eventually(() => received.find((request) => request.path === '/scoped'));
    expect(delivered.body).toBe(pushed.document);
    expect(delivered.headers['concord-event']).toBe('release.delta');
    expect(verifyWebhookSignature(scoped.secret, Number(delivered.headers['concord-timestamp']), delivered.body, String(delivered.headers['concord-signature']))).toBe(true);
    const notice = await eventually(() => received.find((request) => request.path === '/plain'));
    expect(JSON.parse(notice.body)).toMatchObject({ type: 'release.published', data: { version: '2026.1' } });
    expect(verifyWebhookSignature(plain.secret, Number(notice.headers['concord-timestamp']), notice.body, String(notice.headers['concord-signature']))).toBe(true);
    // Deliveries are queued in the publication's own transaction: none was queued for a scope the release left alone.
    expect((await machine.data(DELIVERIES, { id: elsewhere.webhook.id })).webhookDeliveries).toEqual([]);

    // A scope that 2026.1 left alone received nothing: its first push is 2026.2's, the next publication touching it.
    await publish('2026.2', [await amendHeading('1A985')]);
    await eventually(() => category1.received.length >= 1);
    expect(category1.received.map((data) => data.releaseDelta)).toEqual([{ version: '2026.2', changes: [{ code: '1A985' }] }]);
    expect((await machine.data(DELIVERIES, { id: scoped.webhook.id })).webhookDeliveries).toHaveLength(1);
    expect((await machine.data(DELIVERIES, { id: elsewhere.webhook.id })).webhookDeliveries).toHaveLength(1);
  });

  it('serves an empty delta for a release that changed nothing in scope, and the first release as all ADDED', async () => {
    const empty = (await machine.data(DELTA, { version: '2026.2', scope: { prefixes: ['5A'] } })).releaseDelta;
    expect(empty).toMatchObject({ version: '2026.2', previousVersion: '2026.1', changes: [] });
    expect(verifyReleaseDelta(JSON.parse(empty.document), { root: root.signed })).toMatchObject({ ok: true });
    const first = (await machine.data(DELTA, { version: '2026.0', scope: { codes: ['4A005', '5A001'] } })).releaseDelta;
    expect(first.previousVersion).toBeNull();
    expect(first.changes.map((change: { code: string; kind: string; before: string | null }) => [change.code, change.kind, change.before])).toEqual([['4A005', 'ADDED', null], ['5A001', 'ADDED', null]]);
    expect(verifyReleaseDelta(JSON.parse(first.document), { root: root.signed })).toMatchObject({ ok: true });
    expect(errorOf(await machine.request(DELTA, { version: '2099.1', scope: { prefixes: ['5'] } }))).toEqual({ code: 'NOT_FOUND', reason: 'RELEASE_NOT_FOUND' });
  });

  it('costs the same few statements whatever the number of changes in scope', async () => {
    const statements = async (scope: Record<string, string[]>) => {
      const recorder = recordQueries(t);
      try {
        const { releaseDelta } = await machine.data(DELTA, { version: '2026.1', scope });
        // The webhook worker and the other sweeps poll meanwhile: only the statements about releases are the delta's.
        return { changes: releaseDelta.changes.length, count: recorder.queries().filter(({ query }) => /release/.test(query)).length };
      } finally {
        recorder.stop();
      }
    };
    // A release's first read in a process checks its rows against its signed document once: not part of any delta.
    await machine.data(DELTA, { version: '2026.1', scope: { codes: ['4A005'] } });
    const one = await statements({ codes: ['4A005'] });
    const all = await statements({ prefixes: ['0', '1', '3', '4', '5'] });
    expect([one.changes, all.changes]).toEqual([1, 5]);
    expect(all.count).toBe(one.count);
  });

  it('refuses a tampered delta: an altered after, a wrong proof, a change left out, another release passed off, a gap', async () => {
    const { releaseDelta } = await machine.data(DELTA, { version: '2026.1', scope: { prefixes: ['5A'] } });
    const fresh = () => JSON.parse(releaseDelta.document) as ReleaseDeltaDocument;
    const older = JSON.parse((await machine.data(DELTA, { version: '2026.0', scope: { prefixes: ['5A'] } })).releaseDelta.document) as ReleaseDeltaDocument;
    const tamperings: [string, (delta: ReleaseDeltaDocument) => void, RegExp][] = [
      ['NOT_INCLUDED', (delta) => (delta.signed.changes[0].after!.heading = 'Nothing to see here'), /after of 5A001.*not the entry that was signed/],
      ['NOT_INCLUDED', (delta) => (delta.proofs[0].after!.path = [...delta.proofs[0].after!.path.slice(1), 'ab'.repeat(32)]), /after of 5A001/],
      ['NOT_INCLUDED', (delta) => (delta.proofs[1].before = delta.proofs[0].before), /before of 5A980/],
      ['BAD_SIGNATURE', (delta) => (delta.signed.changes.pop(), delta.proofs.pop()), /a change was added, removed or altered/],
      ['WRONG_RELEASE', (delta) => (delta.heads.release = older.heads.release), /Asked about release 2026\.1, got the head of release 2026\.0/],
      ['OUT_OF_SCOPE', (delta) => (delta.signed.scope = { prefixes: ['4'], codes: [] }), /5A001 is not in the scope 4\*/],
      ['PROOF_MISSING', (delta) => (delta.proofs[0].after = null), /No inclusion proof came with the after of 5A001/],
      ['MALFORMED', (delta) => delta.proofs.pop(), /proof for each change/],
    ];
    for (const [problem, tamper, message] of tamperings) {
      const delta = fresh();
      tamper(delta);
      expect([problem, verifyReleaseDelta(delta, { root: root.signed })]).toEqual([problem, { ok: false, problem, message: expect.stringMatching(message) }]);
    }
    expect(verifyReleaseDelta(fresh(), { root: root.signed, held: { version: '2025.9', digest: 'ab'.repeat(32) } })).toMatchObject({ ok: false, problem: 'NOT_CONSECUTIVE' });
    const held = fresh().signed.previous!;
    expect(verifyReleaseDelta(fresh(), { root: root.signed, held: { version: held.version, digest: 'ab'.repeat(32) } })).toMatchObject({ ok: false, problem: 'PREDECESSOR_MISMATCH' });
    expect(verifyReleaseDelta(fresh(), { root: root.signed, held: { version: held.version, digest: held.digest } })).toMatchObject({ ok: true });
  });

  it('concord verify-delta prints what it checked, and refuses a tampered file with exit code 1', async () => {
    const { releaseDelta } = await machine.data(DELTA, { version: '2026.1', scope: { prefixes: ['5A'] } });
    const file = join(work, 'delta.json');
    writeFileSync(file, releaseDelta.document);
    const ok = await runConcord(['verify-delta', file, '--root', join(work, 'root.json')]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toMatch(/^checked: head of release 2026\.1 signed by a trusted release key/m);
    expect(ok.out).toMatch(/^checked: 5A980 REMOVED: before in 2026\.0, after in 2026\.1 proved under the signed Merkle root$/m);
    expect(ok.out).toMatch(/^OK: 2 change\(s\) from 2026\.0 to 2026\.1, root version 1$/m);

    const tampered = JSON.parse(releaseDelta.document) as ReleaseDeltaDocument;
    tampered.signed.changes[0].after!.heading = 'Nothing to see here';
    writeFileSync(file, JSON.stringify(tampered));
    const refused = await runConcord(['verify-delta', file, '--root', join(work, 'root.json')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^REFUSED \(NOT_INCLUDED\): The after of 5A001/);

    const help = await runConcord(['verify-delta', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--root <file>/);
  });
});
