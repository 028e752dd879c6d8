import { createPublicKey } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import canonicalize from 'canonicalize';
import { INestApplication } from '@nestjs/common';
import { createApp } from '@concord/api';
import { seedControlList } from '@concord/database';
import { createTrust, leafHash, SignedRoot, merkleRoot, ReleaseDocument, SignedReleaseHead, verifyEntryInclusion } from '@concord/releases';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, entryInput } from './support/fixtures';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';
import { behindTheTriggers } from './support/behind-the-triggers';
import { startTestApp, TestApp } from './support/test-app';
import { runConcord } from './support/concord-cli';

const concord = (...args: string[]) => runConcord(args);

const bodyOf = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

type Answer = { data: { release?: EntryAnswer; latestRelease?: EntryAnswer } };
type EntryAnswer = { version: string; head: string; entry: { canonical: string; inclusionProof: { leafIndex: number; treeSize: number; path: string[] } } };

/** A mirror in front of the real server that passes GraphQL answers through `edit` first: what a hostile mirror or network could do. */
async function mirror(server: string, edit: (answer: Answer) => Promise<Answer> | Answer): Promise<{ url: string; close(): Promise<void> }> {
  const proxy: Server = createServer(async (request, response) => {
    const upstream = await fetch(`${server}${request.url}`, {
      method: request.method,
      headers: { 'content-type': 'application/json', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) },
      body: request.method === 'POST' ? await bodyOf(request) : undefined,
    });
    // The trust metadata (root rotations) passes unchanged: what this mirror edits is the GraphQL answer.
    const body = request.url === '/graphql' ? JSON.stringify(await edit((await upstream.json()) as Answer)) : await upstream.text();
    response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, close: () => new Promise((resolve) => proxy.close(() => resolve())) };
}


const RELEASE = `query ($version: String!) { release(version: $version) { version digest document merkleRoot head } }`;
const PAGE = `query ($version: String!, $first: Int) {
  release(version: $version) { entries(first: $first) { edges { node { code canonical inclusionProof { leafIndex treeSize path } } } } }
}`;

describe('verifiable partial reads: a Merkle root in the signed document, a proof with every entry', () => {
  let t: TestApp;
  let server: string;
  let apiKey: string;
  let reader: GraphQLClient;
  let work: string;
  let keys: string;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    await t.app.listen(0, '127.0.0.1');
    server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    work = mkdtempSync(join(tmpdir(), 'concord-merkle-'));
    const [secretariat, jp] = [await t.as('secretariat@example.org'), await t.as('delegate.jp@example.org')];
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: jpState, name: 'Customs', scopes: ['RELEASES_READ'] },
    }));
    reader = t.gql.as({ apiKey });
    // The root a member government pins: its release role names the key that signs release heads.
    keys = join(work, 'root.json');
    writeFileSync(keys, JSON.stringify(await (await fetch(`${server}/releases/root/1.json`, { headers: { authorization: `ApiKey ${apiKey}` } })).json()));
    const entry = await baseEntry(jp, '5A001');
    const proposal = await adoptedProposal(t, jp, 'Add HR to 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(entry, { reasons: [...new Set([...entry.reasons, 'HR'])] }) }]);
    await secretariat.data('mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }', { input: { version: '2026.1', proposalIds: [proposal.id] } });
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('signs a root over the canonical entries then definitions, and the same root in a small head beside the document', async () => {
    const { release } = await reader.data(RELEASE, { version: '2026.1' });
    const document = JSON.parse(release.document) as ReleaseDocument;
    const leaves = [...document.list.entries, ...document.list.definitions].map((value) => leafHash(Buffer.from(canonicalize(value) as string, 'utf8')));
    expect(document.merkle).toEqual({
      algorithm: 'RFC6962-SHA256',
      root: merkleRoot(leaves).toString('hex'),
      leafCount: leaves.length,
      entryCount: document.list.entries.length,
      leaves: expect.stringMatching(/^list\.entries then list\.definitions/),
    });
    expect(release.merkleRoot).toBe(document.merkle.root);
    const head = JSON.parse(release.head) as SignedReleaseHead;
    expect(head.signed).toEqual({ format: 'concord-release-head/1', version: '2026.1', publishedAt: document.publishedAt, digest: release.digest, merkle: document.merkle });
    expect(release.head.length).toBeLessThan(1_000);
  });

  it('serves each entry\'s exact bytes from the signed document with a proof that verifies against the signed head', async () => {
    const { release } = await reader.data(RELEASE, { version: '2026.1' });
    const { release: { entries } } = await reader.data(PAGE, { version: '2026.1', first: 50 });
    const root = JSON.parse(readFileSync(keys, 'utf8')) as SignedRoot;
    const keyList = root.signed.roles.release.keys.map(({ keyId }) => ({ keyId, publicKey: root.signed.keys[keyId].publicKey }));
    for (const { node } of entries.edges) {
      expect(release.document).toContain(node.canonical);
      const verdict = verifyEntryInclusion({ canonical: node.canonical, proof: node.inclusionProof, head: release.head, keys: keyList, code: node.code, version: '2026.1' });
      expect(verdict).toMatchObject({ ok: true, entry: { code: node.code } });
    }
  });

  it('reads the bytes and proofs of a page with the same number of statements for 3 entries as for 15', async () => {
    await reader.data(PAGE, { version: '2026.1', first: 1 });
    const statementsFor = async (first: number) => {
      const counter = countQueries(t);
      try {
        const { release } = await reader.data(PAGE, { version: '2026.1', first });
        expect(release.entries.edges).toHaveLength(first);
        return counter.count();
      } finally {
        counter.stop();
      }
    };
    const three = await statementsFor(3);
    const fifteen = await statementsFor(15);
    console.log(`SQL statements behind one entries page with canonical bytes and proofs: first 3 → ${three}, first 15 → ${fifteen}`);
    expect(fifteen).toBe(three);
    // release, count, page, the rows' integrity fingerprint, then the entry reader's entries, paragraphs, references,
    // correlations (+ the API key lookup)
    expect(three).toBeLessThanOrEqual(10);
  });

  it('concord verify-entry checks one entry against the pinned keys, online or from a saved answer', async () => {
    const online = await concord('verify-entry', '--server', server, '--api-key', apiKey, '--root', keys, '--code', '5a001', '--out', join(work, '5A001.json'));
    expect(online).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: entry 5A001 is leaf \d+ of \d+ in release 2026\.1, Merkle root [0-9a-f]{64}/) });
    expect(JSON.parse(readFileSync(join(work, '5A001.json'), 'utf8')).reasons).toContain('HR');

    const saved = await reader.data(`query { release(version: "2026.0") { version head entry(code: "4A005") { canonical inclusionProof { leafIndex treeSize path } } } }`);
    writeFileSync(join(work, 'saved.json'), JSON.stringify({ data: saved }));
    expect(await concord('verify-entry', '--from', join(work, 'saved.json'), '--root', keys, '--code', '4A005')).toMatchObject({ code: 0 });
    // Another regime's root, well signed, whose release key never signed this head.
    const stranger = createTrust({ rootKeyCount: 1, rootThreshold: 1, releaseValidFrom: new Date(0), now: new Date(), expiresInDays: 30 });
    writeFileSync(join(work, 'other-keys.json'), JSON.stringify(stranger.root));
    expect(await concord('verify-entry', '--from', join(work, 'saved.json'), '--root', join(work, 'other-keys.json'), '--code', '4A005')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^REFUSED \(UNKNOWN_KEY\): /),
    });
    // The same release key, granted only from tomorrow: nothing it signed before then is trusted.
    const pinned = JSON.parse(readFileSync(keys, 'utf8')) as SignedRoot;
    const [grant] = pinned.signed.roles.release.keys;
    const later = createTrust({
      rootKeyCount: 1,
      rootThreshold: 1,
      release: { keyId: grant.keyId, publicKey: createPublicKey(pinned.signed.keys[grant.keyId].publicKey) },
      releaseValidFrom: new Date(Date.now() + 24 * 3600 * 1000),
      now: new Date(),
      expiresInDays: 30,
    });
    writeFileSync(join(work, 'later-root.json'), JSON.stringify(later.root));
    expect(await concord('verify-entry', '--from', join(work, 'saved.json'), '--root', join(work, 'later-root.json'), '--code', '4A005')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^REFUSED \(UNKNOWN_KEY\): /),
    });
    expect((await concord('verify-entry', '--root', keys, '--code', '4A005')).code).toBe(2);
  });

  it('refuses what a hostile mirror edits: the entry, another entry passed off, the root, an old release\'s head', async () => {
    const other = await reader.data(`query { release(version: "2026.1") { entry(code: "4A005") { canonical inclusionProof { leafIndex treeSize path } } } }`);
    const older = await reader.data(`query { release(version: "2026.0") { head } }`);
    const attacks: [string, (release: EntryAnswer) => void, RegExp][] = [
      ['NOT_INCLUDED', (release) => (release.entry.canonical = release.entry.canonical.replace('"reasons":[', '"reasons":["XX",')), /does not lead to release 2026\.1's signed Merkle root/],
      ['WRONG_ENTRY', (release) => (release.entry = other.release.entry), /Asked for entry 5A001, got entry 4A005/],
      ['BAD_SIGNATURE', (release) => (release.head = release.head.replace(/"root":"[0-9a-f]/, '"root":"0')), /signature does not match/],
      ['WRONG_RELEASE', (release) => (release.head = older.release.head), /Asked about release 2026\.1, got the head of release 2026\.0/],
      ['NOT_CANONICAL', (release) => (release.entry.canonical = ` ${release.entry.canonical}`), /not in RFC 8785 canonical form/],
    ];
    for (const [problem, edit, message] of attacks) {
      const hostile = await mirror(server, (answer) => {
        edit(answer.data.release!);
        return answer;
      });
      try {
        const refused = await concord('verify-entry', '--server', hostile.url, '--version', '2026.1', '--api-key', apiKey, '--root', keys, '--code', '5A001');
        expect(refused).toMatchObject({ code: 1, err: expect.stringContaining(`REFUSED (${problem}): `) });
        expect(refused.err).toMatch(message);
      } finally {
        await hostile.close();
      }
    }
  });

  it('refuses a release whose snapshot rows were changed behind the triggers: entry, entries, definitions and changes, never served', async () => {
    await behindTheTriggers(
      t.database.url,
      `UPDATE release_entry SET heading = heading || ' (edited)' WHERE code = '5A001' AND release_id = (SELECT id FROM release WHERE version = '2026.1')`,
      [],
    );
    // This process verified 2026.1 when it first read it; the edit moved the rows' fingerprint, so every read of them
    // is refused now too, plain fields as much as the proved bytes.
    const proved = await reader.request(`query { release(version: "2026.1") { entry(code: "5A001") { canonical } } }`);
    expect(errorOf(proved)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
    for (const query of [
      `query { release(version: "2026.1") { entry(code: "5A001") { heading } } }`,
      `query { release(version: "2026.1") { entries(first: 5) { edges { node { code heading } } } } }`,
    ]) {
      const response = await reader.request(query);
      expect(errorOf(response)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
      expect(JSON.stringify(response.data ?? null)).not.toContain('(edited)');
    }

    // A process reading 2026.1 for the first time (the API restarted) refuses the whole release's rows.
    const restarted: INestApplication = await createApp(t.config, t.database.url, { logger: false });
    try {
      await restarted.init();
      const client = new GraphQLClient(restarted.getHttpServer()).as({ apiKey });
      const reads = {
        entry: `query { release(version: "2026.1") { entry(code: "4A005") { heading } } }`,
        entries: `query { release(version: "2026.1") { entries(first: 5) { edges { node { code heading } } } } }`,
        definitions: `query { release(version: "2026.1") { definitions { term } } }`,
        changes: `query { release(version: "2026.1") { changes { code kind } } }`,
      };
      for (const [field, query] of Object.entries(reads)) {
        const response = await client.request(query);
        expect({ field, error: errorOf(response) }).toEqual({ field, error: { code: 'INTERNAL', reason: 'RELEASE_TAMPERED' } });
        expect(response.errors![0].message).toMatch(/Release 2026\.1 is refused: its stored entry 5A001 differs from entry 5A001 of the signed document/);
        expect(JSON.stringify(response.data ?? null)).not.toContain('(edited)');
      }
      // The other releases are untouched and served, and the signed document itself stays available to verify against.
      expect((await client.data(`query { release(version: "2026.0") { entry(code: "5A001") { heading } } }`)).release.entry.heading).not.toContain('(edited)');
      expect((await client.data(RELEASE, { version: '2026.1' })).release.document).not.toContain('(edited)');
    } finally {
      await restarted.close();
    }
  });

  it('names what differs when rows were renamed, added or removed behind the triggers, each found by a process reading the release afresh', async () => {
    const [{ id: releaseId, entries }] = await t.db.query(
      `SELECT id, (SELECT count(*)::int FROM release_entry WHERE release_id = release.id) AS entries FROM release WHERE version = '2026.0'`,
    );
    const firstRead = async () => {
      const fresh: INestApplication = await createApp(t.config, t.database.url, { logger: false });
      try {
        await fresh.init();
        return await new GraphQLClient(fresh.getHttpServer()).as({ apiKey }).request(`query { release(version: "2026.0") { entries(first: 1) { edges { node { code } } } } }`);
      } finally {
        await fresh.close();
      }
    };
    const tampered = async (change: string, undo: string, message: RegExp) => {
      await behindTheTriggers(t.database.url, change, [releaseId]);
      const refused = await firstRead();
      expect(errorOf(refused)).toEqual({ code: 'INTERNAL', reason: 'RELEASE_TAMPERED' });
      expect(refused.errors![0].message).toMatch(message);
      await behindTheTriggers(t.database.url, undo, [releaseId]);
    };

    await tampered(
      `UPDATE release_entry SET code = '5A999' WHERE code = '5A001' AND release_id = $1`,
      `UPDATE release_entry SET code = '5A001' WHERE code = '5A999' AND release_id = $1`,
      /Release 2026\.0 is refused: it stores no entry 5A001, which the signed document has/,
    );
    await tampered(
      `INSERT INTO release_definition (release_id, term, position, text) VALUES ($1, 'smuggled', 9999, 'a definition nobody signed')`,
      `DELETE FROM release_definition WHERE release_id = $1 AND term = 'smuggled'`,
      /Release 2026\.0 is refused: it stores 1 definitions where the signed document has 0/,
    );
    await tampered(
      `UPDATE release_entry SET release_id = gen_random_uuid() WHERE code = '5A001' AND release_id = $1`,
      `UPDATE release_entry SET release_id = $1 WHERE code = '5A001' AND release_id NOT IN (SELECT id FROM release)`,
      new RegExp(`Release 2026\\.0 is refused: it stores ${entries - 1} entries where the signed document has ${entries}`),
    );
    // Put back as signed, the release is served again.
    const restored = await firstRead();
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.release.entries.edges).toHaveLength(1);
  });
});
