import { ParsedList, readSnapshot, ReleaseEntity, VERSION_ORDER_SQL } from '@concord/control-list';
import { ControlListImporter } from '@concord/releases';
import { GraphQLClient, errorOf } from '@concord/shared/testing';
import { DomainError, toDomainError } from '@concord/shared/graphql';
import { parsedCcl } from './control-list-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';

const ENTRY_FIELDS = `code category productGroup heading status reasons definitions
  paragraphs { position path kind text }
  relatedControls { text references { regime code } }
  correlations { scheme code relation }`;

const ENTRIES = `query ($version: String!, $filter: EntryFilter, $first: Int, $after: String) {
  release(version: $version) {
    entries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${ENTRY_FIELDS} } }
    }
  }
}`;

const codesOf = (data: any): string[] => data.release.entries.edges.map((edge: any) => edge.node.code);

describe('the control list: baseline import and the pull API', () => {
  let t: TestApp;
  let ccl: ParsedList;
  let importer: ControlListImporter;
  let delegate: GraphQLClient;
  let importSeconds: number;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    ccl = parsedCcl();
    importer = t.app.get(ControlListImporter);
    const started = Date.now();
    const { release, written } = await importer.importBaseline(ccl.document, { version: '2026.0', effectiveFrom: '2026-08-01' });
    importSeconds = (Date.now() - started) / 1000;
    expect(release.status).toBe('PUBLISHED');
    expect(written.entries).toBe(ccl.counts.entries.written);
    expect(written.paragraphs).toBe(ccl.counts.paragraphs.written);
    console.log(`Full CCL baseline import: ${written.entries} entries, ${written.paragraphs} paragraphs, ${written.references} references in ${importSeconds.toFixed(2)} s`);
    delegate = await t.as('delegate.jp@example.org');
  });
  afterAll(() => t.close());

  it('imports the whole CCL as one published release', async () => {
    expect(ccl.counts.entries.written).toBe(633);
    const { latestRelease } = await delegate.data(
      '{ latestRelease { version status source effectiveFrom publishedAt createdAt entryCount } }',
    );
    expect(latestRelease).toMatchObject({ version: '2026.0', status: 'PUBLISHED', source: 'IMPORT', effectiveFrom: '2026-08-01', entryCount: 633 });
    expect(new Date(latestRelease.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [{ paragraphs }] = await t.db.query(`SELECT count(*)::int AS paragraphs FROM release_paragraph`);
    expect(paragraphs).toBe(ccl.counts.paragraphs.written);
  });

  it('serves one entry by code with its paragraphs, reasons and related controls', async () => {
    const { release } = await delegate.data(`query { release(version: "2026.0") { entry(code: "4A005") { ${ENTRY_FIELDS} } missing: entry(code: "4A999") { code } } }`);
    const source = ccl.document.entries.find((entry) => entry.code === '4A005')!;
    expect(release.entry).toMatchObject({ code: '4A005', category: '4', productGroup: 'A', status: 'ACTIVE', reasons: source.reasons });
    expect(release.entry.heading).toMatch(/intrusion software/);
    expect(release.entry.paragraphs).toEqual(source.paragraphs.map((paragraph, position) => ({ position, ...paragraph })));
    expect(release.entry.relatedControls).toEqual(source.relatedControls);
    expect(release.missing).toBeNull();
  });

  it('filters by category, product group, reason, code prefix and status', async () => {
    const category5 = await delegate.data(ENTRIES, { version: '2026.0', filter: { category: '5' }, first: 500 });
    const expected5 = ccl.document.entries.filter((entry) => entry.code.startsWith('5')).map((entry) => entry.code).sort();
    expect(codesOf(category5)).toEqual(expected5);
    expect(category5.release.entries.totalCount).toBe(expected5.length);

    const software4 = await delegate.data(ENTRIES, { version: '2026.0', filter: { category: '4', productGroup: 'D', reason: 'NS' }, first: 500 });
    const expected = ccl.document.entries
      .filter((entry) => entry.code.startsWith('4D') && entry.reasons.includes('NS'))
      .map((entry) => entry.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(codesOf(software4)).toEqual(expected);

    const prefix = await delegate.data(ENTRIES, { version: '2026.0', filter: { codePrefix: '5A00', status: 'ACTIVE' }, first: 50 });
    expect(codesOf(prefix).every((code) => code.startsWith('5A00'))).toBe(true);
    expect(codesOf(prefix)).toContain('5A001');
  });

  it('finds entries by words in their heading and paragraph text', async () => {
    const found = await delegate.data(ENTRIES, { version: '2026.0', filter: { search: 'intrusion software' }, first: 100 });
    expect(codesOf(found)).toEqual(expect.arrayContaining(['4A005', '4D004', '4E001']));
    const phrase = await delegate.data(ENTRIES, { version: '2026.0', filter: { search: '"facial recognition"' }, first: 100 });
    const noMatch = await delegate.data(ENTRIES, { version: '2026.0', filter: { search: 'xylophonequartz' }, first: 100 });
    expect(noMatch.release.entries).toMatchObject({ totalCount: 0, edges: [] });
    expect(phrase.release.entries.totalCount).toBe(codesOf(phrase).length);
  });

  it('pages through every entry in code order with opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const data = await delegate.data(ENTRIES, { version: '2026.0', first: 100, after });
      expect(data.release.entries.totalCount).toBe(633);
      seen.push(...codesOf(data));
      if (!data.release.entries.pageInfo.hasNextPage) break;
      after = data.release.entries.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(633);
    expect(seen).toEqual([...ccl.document.entries.map((entry) => entry.code)].sort());
    const bad = await delegate.request(ENTRIES, { version: '2026.0', first: 10, after: 'not-a-cursor' });
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    const tooMany = await delegate.request(ENTRIES, { version: '2026.0', first: 501 });
    expect(errorOf(tooMany)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    const badFilter = await delegate.request(ENTRIES, { version: '2026.0', filter: { category: 'X' } });
    expect(errorOf(badFilter)?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the nested lists of a page with the same number of statements for 10 entries as for 500', async () => {
    const statementsFor = async (first: number) => {
      const counter = countQueries(t);
      try {
        const data = await delegate.data(ENTRIES, { version: '2026.0', first });
        expect(data.release.entries.edges).toHaveLength(first);
        return counter.count();
      } finally {
        counter.stop();
      }
    };
    // The first read of a release in a process checks its rows against the signed document once: not per page.
    await delegate.data(ENTRIES, { version: '2026.0', first: 1 });
    const ten = await statementsFor(10);
    const fiveHundred = await statementsFor(500);
    console.log(`SQL statements behind one entries page with paragraphs and related controls: first 10 → ${ten}, first 500 → ${fiveHundred}`);
    expect(fiveHundred).toBe(ten);
    // release, count, page, paragraphs, references, correlations, the rows' integrity fingerprint (+ at most the caller's
    // own authentication lookups)
    expect(ten).toBeLessThanOrEqual(9);
  });

  it('pulls entries one release at a time: entries under the releases list are refused before anything runs', async () => {
    // Page sizes as variables: refused by shape during validation, before any cost is counted.
    const inline = 'query ($n: Int) { releases(first: $n) { edges { node { version entries(first: $n) { totalCount } } } } }';
    const throughFragments = `query ($n: Int) { releases(first: $n) { edges { node { ...Pull } } } }
      fragment Pull on Release { version ...Page }
      fragment Page on Release { entries(first: $n) { edges { node { code } } } }`;
    for (const query of [inline, throughFragments]) {
      const response = await delegate.request(query, { n: 500 });
      expect(response.errors?.map((error) => error.extensions?.reason)).toEqual(['LIST_UNDER_LIST']);
      expect(response.data).toBeUndefined();
    }
    const listing = await delegate.data('{ releases { edges { node { version entryCount } } } }');
    expect(listing.releases.edges.length).toBeGreaterThan(0);
  });

  it('reads only the entries asked for, exactly as the full snapshot has them, with every definition', async () => {
    const release = await t.db.getRepository(ReleaseEntity).findOneByOrFail({ version: '2026.0' });
    const full = await readSnapshot(t.db.manager, release);
    const some = await readSnapshot(t.db.manager, release, ['5A001', '4A005', '9Z999']);
    expect(some.entries).toEqual(full.entries.filter((entry) => ['4A005', '5A001'].includes(entry.code)));
    expect(some.definitions).toEqual(full.definitions);
  });

  it('answers an unknown version with RELEASE_NOT_FOUND', async () => {
    const response = await delegate.request('{ release(version: "1999.0") { version } }');
    expect(errorOf(response)).toEqual({ code: 'NOT_FOUND', reason: 'RELEASE_NOT_FOUND' });
  });

  it('lets an API client with the RELEASES_READ scope read, and asks anonymous callers to authenticate', async () => {
    const secretariat = await t.as('secretariat@example.org');
    const { participatingStates } = await secretariat.data('{ participatingStates { id code } }');
    const japan = participatingStates.find((state: { code: string }) => state.code === 'JP');
    const { createApiClient } = await secretariat.data(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
      { input: { stateId: japan.id, name: 'METI licensing system', scopes: ['RELEASES_READ'] } },
    );
    const client = t.gql.as({ apiKey: createApiClient.apiKey });
    const { release } = await client.data('{ release(version: "2026.0") { version entry(code: "5A001") { code } } }');
    expect(release).toEqual({ version: '2026.0', entry: { code: '5A001' } });

    for (const query of ['{ latestRelease { version } }', '{ releases { totalCount } }', '{ release(version: "2026.0") { version } }']) {
      expect(errorOf(await t.gql.request(query))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
    }
  });

  it('refuses a published release being changed, even by direct SQL', async () => {
    const refusals = [
      `UPDATE release_paragraph SET text = 'tampered' WHERE entry_code = '4A005'`,
      `DELETE FROM release_entry WHERE code = '4A005'`,
      `UPDATE release_entry SET heading = 'tampered' WHERE code = '4A005'`,
      `INSERT INTO release_paragraph (release_id, entry_code, position, path, kind, text)
         SELECT release_id, code, 999, code, 'NOTE', 'smuggled in' FROM release_entry WHERE code = '4A005'`,
      `INSERT INTO release_heading_text (release_id, entry_code, language, text, source_digest)
         SELECT release_id, code, 'fr', 'introduit en fraude', encode(sha256(convert_to(heading, 'UTF8')), 'hex') FROM release_entry WHERE code = '4A005'`,
      `DELETE FROM release_reference`,
      `UPDATE release SET version = '2026.9'`,
      `UPDATE release SET effective_from = '2030-01-01'`,
      `DELETE FROM release`,
      // CASCADE: without it the foreign key from release_paragraph_text refuses first, before the guard can say why.
      `TRUNCATE release_paragraph CASCADE`,
    ];
    for (const sql of refusals) {
      const error = await t.db.query(sql).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeDefined();
      const mapped = toDomainError(error) as DomainError;
      expect(mapped).toBeInstanceOf(DomainError);
      expect(mapped.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMMUTABLE' });
      expect(mapped.message).toMatch(/Release 2026\.0 is published|Published releases exist/);
    }
    const [{ smuggled }] = await t.db.query(
      `SELECT (SELECT count(*) FROM release_paragraph WHERE text = 'smuggled in') + (SELECT count(*) FROM release_heading_text WHERE text = 'introduit en fraude') AS smuggled`,
    );
    expect(Number(smuggled)).toBe(0);
    const [{ text }] = await t.db.query(`SELECT text FROM release_paragraph WHERE entry_code = '4A005' AND position = 0`);
    expect(text).toBe(ccl.document.entries.find((entry) => entry.code === '4A005')!.paragraphs[0].text);

    // Superseding is the one change allowed; shown here inside a transaction that is rolled back.
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE release SET status = 'SUPERSEDED' WHERE version = '2026.0'`);
      await expect(runner.query(`UPDATE release SET status = 'PUBLISHED' WHERE version = '2026.0'`)).rejects.toThrow(/superseded/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('refuses the same content again, a reused version, and an older baseline, writing nothing', async () => {
    const releasesBefore = await t.db.query(`SELECT count(*)::int AS n FROM release`);
    const refusal = async (work: Promise<unknown>) => {
      const error = await work.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      return error instanceof DomainError ? { code: error.extensions['code'], reason: error.reason, message: error.message } : error;
    };
    const duplicate = await refusal(importer.importBaseline(ccl.document, { version: '2026.1' }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_IMPORT' });
    expect((duplicate as { message: string }).message).toMatch(/2026\.0/);

    const category5 = parsedCcl({ categories: ['5'] }).document;
    expect(await refusal(importer.importBaseline(category5, { version: '2026.0' }))).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_EXISTS' });
    expect(await refusal(importer.importBaseline(category5, { version: '2025.4' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERSION_NOT_NEXT' });
    expect(await refusal(importer.importBaseline(category5, { version: '2026.10' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VERSION_NOT_NEXT',
      message: expect.stringMatching(/next one is 2026\.1 or 2027\.0/),
    });
    expect(await refusal(importer.importBaseline(category5, { version: '26.1' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VERSION' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM release`)).toEqual(releasesBefore);
  });

  it('lists releases newest first; a newer baseline supersedes the one in force', async () => {
    const category5 = parsedCcl({ categories: ['5'] }).document;
    await importer.importBaseline(category5, { version: '2026.1' });
    const first = await delegate.data('{ releases(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { version status } } } }');
    expect(first.releases).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { version: '2026.1', status: 'PUBLISHED' } }] });
    const second = await delegate.data('query ($after: String) { releases(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { version status } } } }', {
      after: first.releases.pageInfo.endCursor,
    });
    expect(second.releases).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { version: '2026.0', status: 'SUPERSEDED' } }] });
    const { latestRelease } = await delegate.data('{ latestRelease { version entryCount } }');
    // The codes of 2026.0 outside category 5 stay in the list, reserved: a removed code is never reused.
    const [{ n: earlier }] = await t.db.query(`SELECT count(*)::int AS n FROM release_entry e JOIN release r ON r.id = e.release_id WHERE r.version = '2026.0'`);
    expect(latestRelease).toEqual({ version: '2026.1', entryCount: earlier });
    const [{ n: reserved }] = await t.db.query(
      `SELECT count(*)::int AS n FROM release_entry e JOIN release r ON r.id = e.release_id WHERE r.version = '2026.1' AND e.status = 'RESERVED' AND e.code NOT LIKE '5%'`,
    );
    expect(reserved).toBe(earlier - category5.entries.length);
    // Versions order by number, not as text: 2026.10 comes after 2026.9 in every listing.
    const ordered = await t.db.query(`SELECT v FROM unnest(ARRAY['2026.9', '2026.10', '2025.11', '2026.2']) v ORDER BY ${VERSION_ORDER_SQL('v')} DESC`);
    expect(ordered.map((row: { v: string }) => row.v)).toEqual(['2026.10', '2026.9', '2026.2', '2025.11']);
  });
});
