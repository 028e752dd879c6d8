import request from 'supertest';
import { seedControlList } from '@concord/database';
import { canonicalBytes, RootMetadata, sha256Hex, verifyReleaseDocument } from '@concord/releases';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adoptedProposal, baseEntry, BaseEntry, entryInput } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const RELEASE_FIELDS = `version status previousVersion: version digest signature { keyId algorithm value } document
  changes { subject code term kind before after proposal }`;
const DRAFT_FIELDS = `baseVersion publishable proposals { reference } summary { entries active reserved definitions }
  changes { code term kind proposal } conflicts { kind code term proposals message }`;
const PREVIEW = `query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { ${RELEASE_FIELDS} } }`;

describe('releases: working draft, conflicts, signed publication, pull API and download', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  let machine: GraphQLClient;
  let apiKey: string;
  let keys: { keyId: string; publicKey: string }[];
  let root: RootMetadata;
  let e5A001: BaseEntry;
  const ids: Record<string, { id: string; reference: string }> = {};

  /** What a consumer holds about the state of releases and proposals; compared before and after a refused publication. */
  const state = () =>
    t.db.query(`SELECT (SELECT json_agg(json_build_object('v', version, 's', status) ORDER BY version) FROM release) AS releases,
      (SELECT json_agg(json_build_object('r', reference, 's', status) ORDER BY reference) FROM proposal) AS proposals,
      (SELECT count(*)::int FROM release_change) AS changes, (SELECT count(*)::int FROM release_document) AS documents,
      (SELECT count(*)::int FROM release_entry) AS entries`);

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, us, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('delegate.us@example.org'), t.as('secretariat@example.org')]);
    const [{ id: jpState }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'JP'`);
    ({ createApiClient: { apiKey } } = await secretariat.data(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
      { input: { stateId: jpState, name: 'METI', scopes: ['RELEASES_READ'] } },
    ));
    machine = t.gql.as({ apiKey });
    ({ signingKeys: keys, trustRoot: { signed: root } } = await machine.data('{ signingKeys { keyId algorithm publicKey current } trustRoot }'));
    e5A001 = await baseEntry(jp, '5A001');
    const widened = e5A001.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text} (widened)` } : p));
    ids.amendHR = await adoptedProposal(t, jp, 'Add HR to 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e5A001, { reasons: [...new Set([...e5A001.reasons, 'HR'])] }) }]);
    ids.amendText = await adoptedProposal(t, us, 'Widen 5A001', [{ kind: 'AMEND_ENTRY', code: '5A001', entry: entryInput(e5A001, { paragraphs: widened }) }]);
    ids.remove = await adoptedProposal(t, us, 'Remove 5A980', [{ kind: 'REMOVE_ENTRY', code: '5A980' }]);
    const newEntry = (heading: string) => ({
      code: '5A990',
      heading,
      status: 'ACTIVE',
      reasons: ['HR'],
      paragraphs: [{ path: '5A990.a', kind: 'ITEM', text: 'Systems using “emotion recognition” on crowds.' }],
      references: [],
      definitions: [],
      correlations: [],
    });
    ids.addA = await adoptedProposal(t, jp, 'Add 5A990', [{ kind: 'ADD_ENTRY', entry: newEntry('Emotion recognition systems') }]);
    ids.addB = await adoptedProposal(t, us, 'Add 5A990 too', [{ kind: 'ADD_ENTRY', entry: newEntry('Affect recognition systems') }]);
  });
  afterAll(() => t.close());

  it('signs the seeded baseline: digest, Ed25519 signature by a listed key, canonical RFC 8785 document', async () => {
    expect(keys).toEqual([expect.objectContaining({ algorithm: 'Ed25519', current: true, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) })]);
    expect(root.roles.release.keys).toEqual([expect.objectContaining({ keyId: keys[0].keyId, revoked: false })]);
    const { release } = await machine.data(`{ release(version: "2026.0") { ${RELEASE_FIELDS} } }`);
    const bytes = Buffer.from(release.document, 'utf8');
    expect(sha256Hex(bytes)).toBe(release.digest);
    const verdict = verifyReleaseDocument({ bytes, signature: release.signature, root, expectedDigest: release.digest });
    expect(verdict).toMatchObject({ ok: true, document: { format: 'concord-release/2', version: '2026.0', previous: null, source: 'IMPORT' } });
    if (!verdict.ok) return;
    expect(canonicalBytes(verdict.document).equals(bytes)).toBe(true);
    expect(verdict.document.list.entries.map((entry) => entry.code)).toContain('5A001');
    expect(release.changes.every((change: { kind: string }) => change.kind === 'ADDED')).toBe(true);
  });

  it('shows the working draft in adoption order with every kind of conflict, to participants and the secretariat', async () => {
    const { workingDraft } = await us.data(`{ workingDraft { ${DRAFT_FIELDS} } }`);
    expect(workingDraft.baseVersion).toBe('2026.0');
    expect(workingDraft.proposals.map((p: { reference: string }) => p.reference)).toEqual(
      [ids.amendHR, ids.amendText, ids.remove, ids.addA, ids.addB].map((p) => p.reference),
    );
    const kinds = workingDraft.conflicts.map((c: { kind: string; code: string }) => `${c.kind} ${c.code}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['CONCURRENT_AMENDMENT 5A001', 'DUPLICATE_CODE 5A990', 'UNDEFINED_TERM 5A990']),
    );
    expect(workingDraft.publishable).toBe(false);
    expect(errorOf(await machine.request(`{ workingDraft { baseVersion } }`))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
  });

  it('refuses to publish while conflicts stand (RELEASE_HAS_CONFLICTS), and previews are the secretariat\'s', async () => {
    const input = { version: '2026.1', proposalIds: [ids.amendHR.id, ids.amendText.id] };
    const before = await state();
    expect(errorOf(await secretariat.request(PUBLISH, { input }))).toEqual({ code: 'CONFLICT', reason: 'RELEASE_HAS_CONFLICTS' });
    expect(await state()).toEqual(before);
    expect(errorOf(await jp.request(PUBLISH, { input }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(errorOf(await jp.request(PREVIEW, { input: { proposalIds: [ids.amendHR.id] } }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const { previewRelease } = await secretariat.data(PREVIEW, { input: { proposalIds: [ids.remove.id, ids.amendHR.id] } });
    expect(previewRelease).toMatchObject({ publishable: true, conflicts: [] });
    expect(previewRelease.proposals.map((p: { reference: string }) => p.reference)).toEqual([ids.amendHR.reference, ids.remove.reference]);
    expect(previewRelease.changes).toEqual([
      { code: '5A001', term: null, kind: 'AMENDED', proposal: ids.amendHR.reference },
      { code: '5A980', term: null, kind: 'REMOVED', proposal: ids.remove.reference },
    ]);
    expect(previewRelease.summary.reserved).toBe(1);
  });

  it('refuses, changing nothing, a publication with a proposal that is not adopted in the middle of the list', async () => {
    const { createProposal: underReview } = await us.data(
      `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`,
      { input: { title: 'Still in review', rationale: 'r', justification: { humanRightsRisk: 'a', evidenceOfMisuse: 'b', foreignAvailability: 'c', controllability: 'd', clarity: 'e' }, changes: [{ kind: 'AMEND_ENTRY', code: '4A980', entry: entryInput(await baseEntry(us, '4A980'), { heading: 'Changed heading' }) }] } },
    );
    await us.data(`mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id } }`, { input: { proposalId: underReview.id } });
    await t.db.query(`UPDATE proposal SET decided_at = '2026-09-01T12:00:00Z' WHERE id = $1`, [underReview.id]);
    const before = await state();
    const response = await secretariat.request(PUBLISH, { input: { version: '2026.1', proposalIds: [ids.amendHR.id, underReview.id, ids.remove.id] } });
    expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'RELEASE_HAS_CONFLICTS' });
    expect(response.errors![0].message).toContain(`${underReview.reference} is under review, not adopted`);
    expect(await state()).toEqual(before);
  });

  it('rolls everything back when the very last write (the signed document) is refused by the database', async () => {
    // Injected by the test: a trigger that refuses the document, after snapshot, changelog and proposals were written.
    await t.db.query(`CREATE FUNCTION test_refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure' USING ERRCODE = 'P0001'; END $$`);
    await t.db.query(`CREATE TRIGGER test_refuse_document BEFORE INSERT ON release_document FOR EACH ROW EXECUTE FUNCTION test_refuse_document()`);
    const before = await state();
    try {
      const response = await secretariat.request(PUBLISH, { input: { version: '2026.1', proposalIds: [ids.amendHR.id, ids.remove.id] } });
      expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'IMMUTABLE' });
      expect(await state()).toEqual(before);
    } finally {
      await t.db.query(`DROP TRIGGER test_refuse_document ON release_document; DROP FUNCTION test_refuse_document()`);
    }
  });

  it('publishes in one transaction: snapshot, changelog, proposals INCORPORATED, predecessor SUPERSEDED, signed document', async () => {
    const { publishRelease } = await secretariat.data(PUBLISH, {
      input: { version: '2026.1', proposalIds: [ids.remove.id, ids.amendHR.id], effectiveFrom: '2026-10-01' },
    });
    expect(publishRelease).toMatchObject({ version: '2026.1', status: 'PUBLISHED' });
    expect(publishRelease.changes.map((c: { code: string; kind: string; proposal: string }) => [c.code, c.kind, c.proposal])).toEqual([
      ['5A001', 'AMENDED', ids.amendHR.reference],
      ['5A980', 'REMOVED', ids.remove.reference],
    ]);
    const removed = publishRelease.changes[1];
    expect(removed.before).toMatchObject({ code: '5A980', status: 'ACTIVE' });
    expect(removed.after).toMatchObject({ code: '5A980', status: 'RESERVED', paragraphs: [] });
    const verdict = verifyReleaseDocument({ bytes: Buffer.from(publishRelease.document), signature: publishRelease.signature, root, expectedDigest: publishRelease.digest, heldVersion: '2026.0' });
    expect(verdict).toMatchObject({
      ok: true,
      document: { version: '2026.1', previous: { version: '2026.0', digest: expect.stringMatching(/^[0-9a-f]{64}$/) }, effectiveFrom: '2026-10-01', source: 'PROPOSALS', incorporates: [ids.amendHR.reference, ids.remove.reference] },
    });
    const statuses = await t.db.query(`SELECT reference, status FROM proposal WHERE id = ANY($1::uuid[]) ORDER BY reference`, [[ids.amendHR.id, ids.remove.id]]);
    expect(statuses.map((row: { status: string }) => row.status)).toEqual(['INCORPORATED', 'INCORPORATED']);
    const { releases } = await machine.data('{ releases { edges { node { version status digest } } } }');
    expect(releases.edges.map((e: { node: { version: string; status: string } }) => `${e.node.version} ${e.node.status}`)).toEqual(['2026.1 PUBLISHED', '2026.0 SUPERSEDED']);
    const { latestRelease } = await machine.data('{ latestRelease { version entry(code: "5A001") { reasons } } }');
    expect(latestRelease.entry.reasons).toContain('HR');
  });

  it('needs a version newer than the latest, and leaves the incorporated proposals out of the next working draft', async () => {
    const stale = await secretariat.request(PUBLISH, { input: { version: '2026.1', proposalIds: [ids.amendText.id] } });
    expect(errorOf(stale)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VERSION_NOT_NEXT' });
    const { workingDraft } = await secretariat.data(`{ workingDraft { baseVersion proposals { reference } conflicts { kind code } } }`);
    expect(workingDraft.baseVersion).toBe('2026.1');
    expect(workingDraft.proposals.map((p: { reference: string }) => p.reference)).toEqual([ids.amendText.reference, ids.addA.reference, ids.addB.reference]);
    // The text amendment was drafted against 2026.0's 5A001, which 2026.1 has changed since.
    expect(workingDraft.conflicts).toEqual(expect.arrayContaining([{ kind: 'STALE_BASE', code: '5A001' }]));
  });

  it('diffs two versions and gives an entry\'s history with what changed and by which proposal', async () => {
    const { releaseDiff } = await machine.data('{ releaseDiff(from: "2026.0", to: "2026.1") { from to changes { code kind before after } } }');
    expect(releaseDiff.changes.map((c: { code: string; kind: string }) => `${c.code} ${c.kind}`)).toEqual(['5A001 AMENDED', '5A980 REMOVED']);
    const { entryHistory } = await machine.data('{ entryHistory(code: "5a001") { version change proposal entry } }');
    expect(entryHistory.map((v: { version: string; change: string; proposal: string | null }) => [v.version, v.change, v.proposal])).toEqual([
      ['2026.0', 'ADDED', null],
      ['2026.1', 'AMENDED', ids.amendHR.reference],
    ]);
    expect(entryHistory[1].entry.reasons).toContain('HR');
    expect(errorOf(await t.gql.request('{ signingKeys { keyId } }'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
  });

  it('serves the signed document over plain HTTP with a strong ETag, immutable caching, 304 and the signature', async () => {
    const { release } = await machine.data('{ release(version: "2026.1") { digest document signature { keyId algorithm value } } }');
    const server = t.app.getHttpServer();
    const first = await request(server).get('/releases/2026.1.json').set('authorization', `ApiKey ${apiKey}`).set('accept-encoding', 'identity').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(first.status).toBe(200);
    expect((first.body as Buffer).toString('utf8')).toBe(release.document);
    expect(first.headers['etag']).toBe(`"${release.digest}"`);
    expect(first.headers['cache-control']).toMatch(/max-age=31536000, immutable/);
    expect(first.headers['concord-signature']).toBe(`keyId=${release.signature.keyId}, algorithm=Ed25519, value=${release.signature.value}`);
    const again = await request(server).get('/releases/2026.1.json').set('x-api-key', apiKey).set('if-none-match', `"${release.digest}"`);
    expect(again.status).toBe(304);
    const signature = await request(server).get('/releases/2026.1.sig').set('x-api-key', apiKey);
    expect(signature.body).toMatchObject({ version: '2026.1', digest: release.digest, keyId: release.signature.keyId, value: release.signature.value });
    expect((await request(server).get('/releases/2026.1.json')).status).toBe(401);
    expect((await request(server).get('/releases/2031.4.json').set('x-api-key', apiKey)).status).toBe(404);
    expect((await request(server).get('/releases/2026.1.json').set('authorization', 'Bearer not-a-token')).status).toBe(401);
  });

  it('keeps signed documents and changelogs immutable in the database itself', async () => {
    await expect(t.db.query(`UPDATE release_document SET signature = 'x'`)).rejects.toThrow(/never changed/);
    await expect(t.db.query(`DELETE FROM release_document`)).rejects.toThrow(/never changed/);
    await expect(t.db.query(`UPDATE release_change SET kind = 'ADDED' WHERE kind = 'REMOVED'`)).rejects.toThrow(/never changed/);
    const [{ id }] = await t.db.query(`SELECT id FROM release WHERE version = '2026.1'`);
    await expect(
      t.db.query(`INSERT INTO release_change (release_id, position, subject, code, kind, after) VALUES ($1, 99, 'ENTRY', '5A999', 'ADDED', '{}')`, [id]),
    ).rejects.toThrow(/never changed/);
  });
});
