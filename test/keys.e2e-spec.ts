import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedControlList } from '@concord/database';
import type { SignedRoot } from '@concord/releases';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const concord = (env: Record<string, string | undefined>, ...args: string[]) => runConcord(args, env);


describe('concord keys: the root metadata that pull and verify pin', () => {
  const signingKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  let t: TestApp;
  let server: string;
  let apiKey: string;
  let work: string;

  beforeAll(async () => {
    t = await startTestApp({ SIGNING_KEY: signingKey });
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    work = mkdtempSync(join(tmpdir(), 'concord-keys-'));
    const secretariat = await t.as('secretariat@example.org');
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('writes the server\'s newest root, says what trusting it means, and the file lets pull verify', async () => {
    const file = join(work, 'from-server.json');
    const written = await concord({}, 'keys', '--server', server, '--api-key', apiKey, '--out', file);
    const { trustRoot, signingKeys } = await t.gql.as({ apiKey }).data<{ trustRoot: SignedRoot; signingKeys: { keyId: string }[] }>('{ trustRoot signingKeys { keyId } }');
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(trustRoot);
    expect(trustRoot.signed.roles.release.keys.map((grant) => grant.keyId)).toEqual(signingKeys.map((key) => key.keyId));
    expect(written.err).toContain(`pinning it trusts that server as it answered now`);
    const pulled = await concord({}, 'pull', '--server', server, '--api-key', apiKey, '--root', file, '--out', join(work, 'held'));
    expect(pulled).toMatchObject({ code: 0, out: expect.stringMatching(/^Pulled release 2026\.0 /) });
  });

  it('writes the root this machine serves, the same the server gives, for the secretariat to hand over', async () => {
    const file = join(work, 'local.json');
    const written = await concord({ SIGNING_KEY: signingKey }, 'keys', '--local', '--out', file);
    expect(written.code).toBe(0);
    expect(written.err).toContain('through a channel they trust, apart from the server itself');
    const { trustRoot } = await t.gql.as({ apiKey }).data<{ trustRoot: SignedRoot }>('{ trustRoot }');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(trustRoot);
    expect(await concord({}, 'verify', join(work, 'held', 'release.json'), '--root', file)).toMatchObject({ code: 0 });
  });

  it('refuses a server that does not list its keys to the caller, a key that exists nowhere, and a missing source', async () => {
    const anonymous = await concord({ CONCORD_API_KEY: undefined }, 'keys', '--server', server, '--out', join(work, 'anonymous.json'));
    expect(anonymous).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(HTTP_STATUS\): the root metadata \(without an API key: give --api-key.*answered 401 Unauthorized: UNAUTHENTICATED/) });
    // NODE_ENV=test signs with a key each process makes up: writing it would pin something no server uses.
    const ephemeral = await concord({ SIGNING_KEY: undefined }, 'keys', '--local');
    expect(ephemeral).toMatchObject({ code: 2, err: expect.stringContaining('there is no root to write') });
    expect(await concord({}, 'keys')).toMatchObject({ code: 2, err: expect.stringContaining('give either --server <url> or --local') });
  });
});
