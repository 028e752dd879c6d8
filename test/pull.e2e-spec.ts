import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedControlList } from '@concord/database';
import { canonicalBytes, createTrust, ReleaseDocument } from '@concord/releases';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const concord = (...args: string[]) => runConcord(args);

describe('concord pull, verify and diff: what a member government runs', () => {
  let t: TestApp;
  let server: string;
  let apiKey: string;
  let work: string;
  let root: string;
  const dir = (name: string) => join(work, name);

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    work = mkdtempSync(join(tmpdir(), 'concord-pull-'));
    const [secretariat, jp] = [await t.as('secretariat@example.org'), await t.as('delegate.jp@example.org')];
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
    const { trustRoot } = await t.gql.as({ apiKey }).data('{ trustRoot(version: 1) }');
    root = dir('root.json');
    writeFileSync(root, JSON.stringify(trustRoot));
    const entry = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) }]);
    await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [proposal.id] } });
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('pulls the latest release, verifies it against the pinned root and writes the list', async () => {
    const pulled = await concord('pull', '--server', server, '--api-key', apiKey, '--root', root, '--out', dir('held'));
    expect(pulled).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.1 .*signed by key [0-9a-f]{16}/) });
    const list = JSON.parse(readFileSync(join(dir('held'), 'list.json'), 'utf8'));
    expect(list).toMatchObject({ format: 'concord-list/1', version: '2026.1' });
    expect(list.entries.find((e: { code: string }) => e.code === '5A001').reasons).toContain('HR');
    expect(await concord('verify', join(dir('held'), 'release.json'), '--root', root)).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: release 2026\.1/) });
  });

  it('refuses a rollback to a version older than the one held, and leaves what is held alone', async () => {
    const before = readFileSync(join(dir('held'), 'release.json'));
    const refused = await concord('pull', '--server', server, '--version', '2026.0', '--api-key', apiKey, '--root', root, '--out', dir('held'));
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(ROLLBACK\): .*2026\.0, older than the 2026\.1 already held/) });
    expect(readFileSync(join(dir('held'), 'release.json')).equals(before)).toBe(true);
    expect(await concord('pull', '--server', server, '--version', '2026.0', '--api-key', apiKey, '--root', root, '--out', dir('old')))
      .toMatchObject({ code: 0 });
    const offline = await concord('verify', join(dir('old'), 'release.json'), '--root', root, '--held-version', '2026.1');
    expect(offline).toMatchObject({ code: 1, err: expect.stringMatching(/ROLLBACK/) });
  });

  it('refuses a tampered byte, a tampered signature and a tampered version, each with a clear message', async () => {
    const original = readFileSync(join(dir('held'), 'release.json'));
    const signature = JSON.parse(readFileSync(join(dir('held'), 'release.sig'), 'utf8'));

    const byte = Buffer.from(original);
    const at = byte.indexOf('5A001');
    byte[at + 4] = '2'.charCodeAt(0);
    writeFileSync(dir('byte.json'), byte);
    writeFileSync(dir('byte.sig'), JSON.stringify(signature));
    expect(await concord('verify', dir('byte.json'), '--root', root)).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(BAD_SIGNATURE\)/) });
    const digest = (await concord('verify', dir('byte.json'), '--root', root, '--digest', 'a'.repeat(64))).err;
    expect(digest).toMatch(/REFUSED \(DIGEST_MISMATCH\)/);

    const forged = Buffer.from(signature.value, 'base64');
    forged[0] ^= 0xff;
    writeFileSync(dir('sig.json'), original);
    writeFileSync(dir('sig.sig'), JSON.stringify({ ...signature, value: forged.toString('base64') }));
    expect(await concord('verify', dir('sig.json'), '--root', root)).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(BAD_SIGNATURE\)/) });

    const document = JSON.parse(original.toString('utf8')) as ReleaseDocument;
    writeFileSync(dir('version.json'), canonicalBytes({ ...document, version: '2027.0' }));
    writeFileSync(dir('version.sig'), JSON.stringify(signature));
    expect(await concord('verify', dir('version.json'), '--root', root)).toMatchObject({ code: 1, err: expect.stringMatching(/REFUSED \(BAD_SIGNATURE\)/) });

    const stranger = createTrust({ rootKeyCount: 1, rootThreshold: 1, releaseValidFrom: new Date(0), now: new Date(), expiresInDays: 1 });
    writeFileSync(dir('other-root.json'), JSON.stringify(stranger.root));
    expect(await concord('verify', join(dir('held'), 'release.json'), '--root', dir('other-root.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/REFUSED \(UNKNOWN_KEY\): .* not in the release role of the trusted root/),
    });
    const header = `keyId=${signature.keyId}, algorithm=Ed25519, value=${signature.value}`;
    expect(await concord('verify', join(dir('held'), 'release.json'), '--root', root, '--signature', header)).toMatchObject({ code: 0 });
  });

  it('diffs two local documents: what changed between the versions', async () => {
    const diff = await concord('diff', join(dir('old'), 'release.json'), join(dir('held'), 'list.json'));
    expect(diff).toMatchObject({ code: 0, out: 'AMENDED  5A001\n1 change(s)' });
    expect((await concord('diff', root, join(dir('held'), 'list.json'))).code).toBe(2);
  });

  it('follows two releases in a row: holds 2026.0, reads the diff, takes 2026.1 and then 2026.2, verifying each', async () => {
    const machine = t.gql.as({ apiKey });
    const gov = dir('government');
    expect(await concord('pull', '--server', server, '--version', '2026.0', '--api-key', apiKey, '--root', root, '--out', gov)).toMatchObject({ code: 0 });
    const { releaseDiff } = await machine.data('{ releaseDiff(from: "2026.0", to: "2026.1") { changes { code kind } } }');
    expect(releaseDiff.changes).toEqual([{ code: '5A001', kind: 'AMENDED' }]);
    expect(await concord('pull', '--server', server, '--version', '2026.1', '--api-key', apiKey, '--root', root, '--out', gov)).toMatchObject({ code: 0 });

    // The next negotiation: 5A980 is removed (its code becomes RESERVED) and 2026.2 is published.
    const [jp, secretariat] = [await t.as('delegate.jp@example.org'), await t.as('secretariat@example.org')];
    const removal = await adoptedProposal(t, jp, 'Remove 5A980', [{ kind: 'REMOVE_ENTRY', code: '5A980' }]);
    await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.2', proposalIds: [removal.id] } });

    const next = await concord('pull', '--server', server, '--api-key', apiKey, '--root', root, '--out', gov);
    expect(next).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.2 /) });
    expect(await concord('verify', join(gov, 'release.json'), '--root', root, '--held-version', '2026.1')).toMatchObject({ code: 0 });
    const { releaseDiff: latest } = await machine.data('{ releaseDiff(from: "2026.1", to: "2026.2") { changes { code kind } } }');
    expect(latest.changes).toEqual([{ code: '5A980', kind: 'REMOVED' }]);
    const held = JSON.parse(readFileSync(join(gov, 'list.json'), 'utf8'));
    expect(held.entries.find((entry: { code: string }) => entry.code === '5A980').status).toBe('RESERVED');
  });
});
