import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedControlList } from '@concord/database';
import { canonicalBytes, keyIdOf, nextRoot, ReleaseDocument, SignedRoot, signBytes, signEnvelope, SignedTimestamp } from '@concord/releases';
import { Clock, parseSigningKey } from '@concord/shared/config';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const concord = (...args: string[]) => runConcord(args);

const DAY_MS = 24 * 3600 * 1000;

/**
 * Roots, keys, freshness and rollback (issue 15, part A), against the real server and a malicious mirror in front of
 * it: a node:http server that forwards to the real one except for the paths a test makes it lie about.
 */
describe('trust: root rotation, release keys, signed timestamps and rollback, through a malicious mirror', () => {
  let t: TestApp;
  let server: string;
  let mirror: Server;
  let mirrored: string;
  let apiKey: string;
  let work: string;
  let trust: string;
  let secretariat: GraphQLClient;
  /** Paths the mirror answers itself instead of forwarding. */
  const lies = new Map<string, { status: number; body: string | Buffer; headers?: Record<string, string> }>();
  const dir = (name: string) => join(work, name);
  const offline = (name: string) => join(trust, 'offline', name);
  const pull = (out: string, ...extra: string[]) => concord('pull', '--server', mirrored, '--api-key', apiKey, '--out', dir(out), ...extra);
  const rootV1 = () => join(trust, 'root', '1.json');
  const get = async (path: string) => (await fetch(`${server}${path}`, { headers: { authorization: `ApiKey ${apiKey}` } })).json();
  /** The timestamp the real server signs when its clock says `at`. */
  const timestampAt = async (at: Date): Promise<SignedTimestamp> => {
    const clock = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
    try {
      return (await get('/releases/timestamp.json')) as SignedTimestamp;
    } finally {
      clock.mockRestore();
    }
  };
  const publish = async (version: string, title: string, code: string) => {
    const jp = await t.as('delegate.jp@example.org');
    const entry = await baseEntry(jp, code);
    const proposal = await adoptedProposal(t, jp, title, [{ kind: 'AMEND_ENTRY', code, entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) }]);
    return secretariat.request('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version, proposalIds: [proposal.id] } });
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'concord-trust-'));
    trust = dir('trust');
    expect(await concord('root', 'init', '--out', trust, '--root-keys', '3', '--threshold', '2')).toMatchObject({ code: 0, err: expect.stringContaining('Move the root keys') });
    t = await startTestApp({ SIGNING_KEY: readFileSync(offline('release-key.pem'), 'utf8'), TRUST_DIR: trust });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    secretariat = await t.as('secretariat@example.org');
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
    mirror = createServer((req, res) => {
      const lie = lies.get(req.url ?? '');
      if (lie) {
        res.writeHead(lie.status, { 'content-type': 'application/json', ...lie.headers }).end(lie.body);
        return;
      }
      // The CLI asks for no compression, so neither does the mirror: the ETag it relays is the uncompressed document's.
      void fetch(`${server}${req.url}`, { headers: { authorization: String(req.headers.authorization ?? ''), 'accept-encoding': 'identity' } }).then(async (upstream) => {
        const headers = Object.fromEntries(['content-type', 'etag', 'concord-signature'].flatMap((name) => (upstream.headers.get(name) ? [[name, upstream.headers.get(name)!]] : [])));
        res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
      }, () => res.writeHead(502).end());
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    mirrored = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
  });
  afterEach(() => lies.clear());
  afterAll(async () => {
    await new Promise((resolve) => mirror.close(resolve));
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('explains the root commands', async () => {
    const help = await concord('root', 'rotate', '--help');
    expect(help).toMatchObject({ code: 0, out: expect.stringContaining('--revoke-release-key') });
    expect(help.out).toContain('pending-root.json');
    expect((await concord('root', '--help')).out).toMatch(/init .*\n.*rotate .*\n.*sign /s);
  });

  it('serves the roots and a timestamp announcing the newest release, in HTTP and GraphQL alike', async () => {
    const root = JSON.parse(readFileSync(rootV1(), 'utf8')) as SignedRoot;
    expect(await get('/releases/root/1.json')).toEqual(root);
    expect(await get('/releases/root.json')).toEqual(root);
    expect((await fetch(`${server}/releases/root/2.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).status).toBe(404);
    const timestamp = (await get('/releases/timestamp.json')) as SignedTimestamp;
    const [{ digest, length }] = await t.db.query(`SELECT d.digest, octet_length(d.bytes) AS length FROM release_document d JOIN release r ON r.id = d.release_id WHERE r.version = '2026.0'`);
    expect(timestamp.signed).toMatchObject({ format: 'concord-timestamp/1', rootVersion: 1, latest: { version: '2026.0', digest, length } });
    expect(Date.parse(timestamp.signed.expires) - Date.parse(timestamp.signed.issuedAt)).toBe(DAY_MS);
    const machine = t.gql.as({ apiKey });
    expect(await machine.data('{ trustRoots trustRoot(version: 1) trustTimestamp }')).toEqual({ trustRoots: [root], trustRoot: root, trustTimestamp: timestamp });
  });

  it('lets an honest pull through the mirror and keeps the trust state; verify checks against that state', async () => {
    const pulled = await pull('honest', '--root', rootV1());
    expect(pulled).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.0 .* root version 1/) });
    const state = JSON.parse(readFileSync(join(dir('honest'), 'trust-state.json'), 'utf8'));
    expect(state).toMatchObject({ format: 'concord-trust-state/1', root: { signed: { version: 1 } }, held: { version: '2026.0' }, announced: { version: '2026.0' } });
    expect(await concord('verify', join(dir('honest'), 'release.json'), '--state', join(dir('honest'), 'trust-state.json'))).toMatchObject({ code: 0 });
    expect((await pull('nothing-pinned')).code).toBe(2);
  });

  it('refuses a mirror frozen on a timestamp past its expiry, and with --allow-expired only warns', async () => {
    const stale = await timestampAt(new Date(Date.now() - 3 * DAY_MS));
    expect(Date.parse(stale.signed.expires)).toBeLessThan(Date.now());
    lies.set('/releases/timestamp.json', { status: 200, body: JSON.stringify(stale) });
    expect(await pull('frozen', '--root', rootV1())).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(TIMESTAMP_EXPIRED\): The timestamp expired at /) });
    expect(await pull('honest')).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(TIMESTAMP_EXPIRED\)/) });
    const warned = await pull('frozen', '--root', rootV1(), '--allow-expired');
    expect(warned).toMatchObject({ code: 0, err: expect.stringMatching(/^WARNING \(TIMESTAMP_EXPIRED\): .*--allow-expired/) });
  });

  it('refuses an older timestamp than one already seen, though it is still unexpired', async () => {
    const older = await get('/releases/timestamp.json');
    lies.set('/releases/timestamp.json', { status: 200, body: JSON.stringify(await timestampAt(new Date(Date.now() + DAY_MS))) });
    expect(await pull('ahead', '--root', rootV1())).toMatchObject({ code: 0 });
    lies.set('/releases/timestamp.json', { status: 200, body: JSON.stringify(older) });
    expect(await pull('ahead')).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(TIMESTAMP_ROLLBACK\): The timestamp was issued at .*, before the one already seen/) });
  });

  it('refuses an older release than the one held, and a fresh consumer with --min-version refuses 2026.0', async () => {
    const before = await get('/releases/timestamp.json');
    expect((await publish('2026.1', 'Add HR to 5A001', '5A001')).errors).toBeUndefined();
    expect(await pull('honest')).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.1 /) });
    const held = readFileSync(join(dir('honest'), 'release.json'));
    expect(await pull('honest', '--version', '2026.0')).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(ROLLBACK\): .*2026\.0, older than the 2026\.1 already held/) });
    expect(readFileSync(join(dir('honest'), 'release.json')).equals(held)).toBe(true);

    // The mirror replays the timestamp from before the publication: it announces 2026.0 as newest.
    lies.set('/releases/timestamp.json', { status: 200, body: JSON.stringify(before) });
    expect(await pull('honest')).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(TIMESTAMP_ROLLBACK\)/) });
    expect(await pull('fresh-floor', '--root', rootV1(), '--min-version', '2026.1')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^REFUSED \(BELOW_MIN_VERSION\): The newest release announced is 2026\.0, older than the minimum 2026\.1/),
    });
    lies.clear();
    expect(await pull('fresh-floor', '--root', rootV1(), '--min-version', '2026.1', '--version', '2026.0')).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(BELOW_MIN_VERSION\)/) });
    expect(await pull('fresh-floor', '--root', rootV1(), '--min-version', '2026.1')).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.1 /) });
    const document = JSON.parse(held.toString('utf8')) as ReleaseDocument;
    const [{ digest }] = await t.db.query(`SELECT d.digest FROM release_document d JOIN release r ON r.id = d.release_id WHERE r.version = '2026.0'`);
    expect(document.previous).toEqual({ version: '2026.0', digest });
  });

  it('refuses a root version signed by one compromised root key alone, below the threshold of two', async () => {
    const current = JSON.parse(readFileSync(rootV1(), 'utf8')) as SignedRoot;
    const compromised = parseSigningKey(readFileSync(offline('root-key-1.pem'), 'utf8'));
    const attackerKey = generateKeyPairSync('ed25519').privateKey;
    const forged = signEnvelope(nextRoot(current.signed, { now: new Date(), expiresInDays: 365, newReleaseKey: attackerKey, newRootKeys: { keys: [compromised], threshold: 1 } }), [
      { keyId: keyIdOf(createPublicKey(compromised)), privateKey: compromised },
    ]);
    lies.set('/releases/root/2.json', { status: 200, body: JSON.stringify(forged) });
    expect(await pull('forged-root', '--root', rootV1())).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^REFUSED \(ROOT_THRESHOLD\): Root version 2 carries 1 valid signature\(s\) by version 1's root keys, below their threshold of 2/),
    });
    // Nor does an edited timestamp verify: only the timestamp key signs what is newest.
    lies.clear();
    const timestamp = (await get('/releases/timestamp.json')) as SignedTimestamp;
    lies.set('/releases/timestamp.json', { status: 200, body: JSON.stringify({ ...timestamp, signed: { ...timestamp.signed, expires: new Date(Date.now() + 365 * DAY_MS).toISOString() } }) });
    expect(await pull('forged-root', '--root', rootV1())).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(TIMESTAMP_THRESHOLD\): The timestamp carries 0 valid signature/) });
  });

  it('follows rotations from a pin on root v1 to v2 (new release key) and v3 (new root keys, signed in two sittings)', async () => {
    const oldRelease = keyIdOf(createPublicKey(parseSigningKey(readFileSync(offline('release-key.pem'), 'utf8'))));
    const v2 = await concord('root', 'rotate', '--dir', trust, '--new-release-key', '--sign-with', offline('root-key-1.pem'), offline('root-key-2.pem'));
    expect(v2).toMatchObject({ code: 0, err: expect.stringMatching(/^Published root version 2 \(2 of 2 signature\(s\) by version 1's root keys, 2 of 2 by its own/) });
    // The server still signs with the retired key: its window closed, so it refuses to publish rather than sign what every consumer refuses.
    const refused = await publish('2026.2', 'Add HR to 5A980', '5A980');
    expect(errorOf(refused)).toEqual({ code: 'CONFLICT', reason: 'RELEASE_KEY_NOT_TRUSTED' });
    expect(refused.errors?.[0].message).toMatch(new RegExp(`Key ${oldRelease} may sign releases published from .* until `));

    expect(await pull('honest')).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.1 .* root version 2$/m) });
    // A mirror that hides the rotation is caught by the timestamp, which names the root version it was signed under.
    lies.set('/releases/root/2.json', { status: 404, body: '{}' });
    expect(await pull('hidden-rotation', '--root', rootV1())).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(ROOT_WITHHELD\): The timestamp names root version 2, but only version 1/) });
    lies.clear();

    const pending = await concord('root', 'rotate', '--dir', trust, '--new-root-keys', '3', '--root-threshold', '2', '--sign-with', offline('root-key-1.pem'));
    expect(pending).toMatchObject({ code: 0, err: expect.stringMatching(/^Root version 3 is pending .*1 of 2 signature\(s\) by version 2's root keys, 3 of 2 by its own/) });
    expect((await fetch(`${server}/releases/root/3.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).status).toBe(404);
    expect(await concord('root', 'sign', '--dir', trust, '--key', offline('root-key-3.pem'))).toMatchObject({ code: 0, err: expect.stringMatching(/^Published root version 3/) });

    expect(await pull('honest')).toMatchObject({ code: 0, out: expect.stringMatching(/root version 3$/m) });
    expect(await pull('pinned-on-v1', '--root', rootV1())).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.1 .* root version 3$/m) });
    const roots = (await t.gql.as({ apiKey }).data<{ trustRoots: SignedRoot[] }>('{ trustRoots }')).trustRoots;
    expect(roots.map((root) => root.signed.version)).toEqual([1, 2, 3]);
    expect(roots[2].signed.roles.release.keys).toEqual([
      expect.objectContaining({ keyId: oldRelease, validUntil: expect.any(String), revoked: false }),
      expect.objectContaining({ validUntil: null, revoked: false }),
    ]);
  });

  it('refuses a release signed by the retired key after its window, and every release of a revoked key', async () => {
    const state = join(dir('honest'), 'trust-state.json');
    const oldKey = parseSigningKey(readFileSync(offline('release-key.pem'), 'utf8'));
    const oldRelease = keyIdOf(createPublicKey(oldKey));
    const held = JSON.parse(readFileSync(join(dir('honest'), 'release.json'), 'utf8')) as ReleaseDocument;
    const late = canonicalBytes({ ...held, version: '2026.2', publishedAt: new Date().toISOString() });
    writeFileSync(dir('late.json'), late);
    writeFileSync(dir('late.sig'), JSON.stringify(signBytes(late, oldKey, oldRelease)));
    expect(await concord('verify', dir('late.json'), '--state', state)).toMatchObject({
      code: 1,
      err: expect.stringMatching(new RegExp(`^REFUSED \\(KEY_OUTSIDE_WINDOW\\): Key ${oldRelease} may sign releases published from .* not one published at `)),
    });
    // Releases it signed while it was current stay valid: retired is not revoked.
    expect(await concord('verify', join(dir('honest'), 'release.json'), '--state', state)).toMatchObject({ code: 0 });

    const v4 = await concord('root', 'rotate', '--dir', trust, '--revoke-release-key', oldRelease, '--sign-with', offline('root-key-v3-1.pem'), offline('root-key-v3-2.pem'));
    expect(v4).toMatchObject({ code: 0, err: expect.stringMatching(/^Published root version 4/) });
    expect(await pull('honest')).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`^REFUSED \\(KEY_REVOKED\\): The document is signed with key ${oldRelease}, revoked in root version 4`)) });
    expect(await pull('pinned-again-on-v1', '--root', rootV1())).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(KEY_REVOKED\)/) });
  });
});
