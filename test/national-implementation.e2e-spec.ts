import type { AddressInfo } from 'node:net';
import { readSnapshot, ReleaseEntity } from '@concord/control-list';
import { seedControlList } from '@concord/database';
import { ControlListImporter } from '@concord/releases';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { runConcord } from './support/concord-cli';
import { countQueries, QUIET_BACKGROUND } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordImplementationInput!) {
  recordImplementation(input: $input) {
    status legalReference entryIntoForce revision deviationCount
    state { code } release { version } recordedBy { email }
    deviations { entryCode reason explanation }
  }
}`;

const IN_FORCE = `query ($input: InForceInput!, $first: Int, $after: String) {
  inForce(input: $input) {
    on state { code } release { version }
    implementation { status legalReference entryIntoForce deviations { entryCode reason } }
    entries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } }
  }
}`;

const MATRIX = `query ($first: Int, $after: String) {
  implementationMatrix(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    states { code }
    rows { release { version } cells { state { code } status legalReference entryIntoForce deviationCount revision deviations { entryCode } } }
  }
}`;

const RELEASE_IMPLEMENTATIONS = `query ($version: String!) { release(version: $version) { implementations { state { code } status revision } } }`;

const DEVIATION = { entryCode: '5A001', reason: 'NOT_TRANSPOSED', explanation: 'The decree of 2027 leaves 5A001.j to a later act.' };
const FRANCE_2026 = {
  version: '2026.0',
  state: 'FR',
  expectedRevision: 0,
  status: 'IMPLEMENTED_WITH_DEVIATIONS',
  legalReference: 'Décret n° 2027-112 du 3 février 2027',
  entryIntoForce: '2027-03-01',
  deviations: [DEVIATION],
};

describe('national implementation', () => {
  let t: TestApp;
  let delegateFr: GraphQLClient;
  let headFr: GraphQLClient;
  let delegateJp: GraphQLClient;
  let secretariat: GraphQLClient;
  let entriesOf2026: number;

  const inForce = async (client: GraphQLClient, state: string, on: string, first = 500) => (await client.data(IN_FORCE, { input: { state, on }, first })).inForce;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
    await seedControlList(t.app);
    [delegateFr, headFr, delegateJp, secretariat] = await Promise.all(
      ['delegate.fr@example.org', 'head.fr@example.org', 'delegate.jp@example.org', 'secretariat@example.org'].map((email) => t.as(email)),
    );
    // A second release, so that the point-in-time answer has an earlier one to fall back on.
    const first = await t.db.getRepository(ReleaseEntity).findOneByOrFail({ version: '2026.0' });
    const document = await readSnapshot(t.db.manager, first);
    entriesOf2026 = document.entries.length;
    const [changed, ...rest] = document.entries;
    await t.app.get(ControlListImporter).importBaseline({ ...document, entries: [{ ...changed, heading: `${changed.heading} (2027)` }, ...rest] }, { version: '2027.0' });
  });

  afterAll(() => t?.close());

  it('a state records IMPLEMENTED_WITH_DEVIATIONS with one deviation, seen by every participant, with an audit event', async () => {
    const { recordImplementation } = await delegateFr.data(RECORD, { input: FRANCE_2026 });
    expect(recordImplementation).toEqual({
      status: 'IMPLEMENTED_WITH_DEVIATIONS',
      legalReference: FRANCE_2026.legalReference,
      entryIntoForce: '2027-03-01',
      revision: 1,
      deviationCount: 1,
      state: { code: 'FR' },
      release: { version: '2026.0' },
      recordedBy: { email: 'delegate.fr@example.org' },
      deviations: [DEVIATION],
    });
    for (const reader of [delegateJp, secretariat]) {
      const { release } = await reader.data(RELEASE_IMPLEMENTATIONS, { version: '2026.0' });
      expect(release.implementations).toHaveLength(10);
      expect(release.implementations.find((cell: { state: { code: string } }) => cell.state.code === 'FR')).toEqual({ state: { code: 'FR' }, status: 'IMPLEMENTED_WITH_DEVIATIONS', revision: 1 });
      expect(release.implementations.find((cell: { state: { code: string } }) => cell.state.code === 'JP')).toEqual({ state: { code: 'JP' }, status: 'NOT_STARTED', revision: 0 });
    }
    const events = await t.db.query(`SELECT summary FROM audit_event WHERE action = 'implementation.recorded'`);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toMatchObject({ version: '2026.0', state: 'FR', revision: 1, status: 'IMPLEMENTED_WITH_DEVIATIONS', deviations: [DEVIATION] });
  });

  it('answers what is in force in the state before and after its date of entry into force', async () => {
    const before = await inForce(delegateJp, 'FR', '2027-02-28');
    expect(before).toMatchObject({ on: '2027-02-28', state: { code: 'FR' }, release: null, implementation: null, entries: { totalCount: 0, edges: [] } });

    const after = await inForce(delegateJp, 'FR', '2027-03-01');
    expect(after.release).toEqual({ version: '2026.0' });
    expect(after.implementation).toEqual({
      status: 'IMPLEMENTED_WITH_DEVIATIONS',
      legalReference: FRANCE_2026.legalReference,
      entryIntoForce: '2027-03-01',
      deviations: [{ entryCode: '5A001', reason: 'NOT_TRANSPOSED' }],
    });
    // The entry France did not transpose is not law there.
    const codes = after.entries.edges.map((edge: { node: { code: string } }) => edge.node.code);
    expect(after.entries.totalCount).toBe(entriesOf2026 - 1);
    expect(codes).toHaveLength(entriesOf2026 - 1);
    expect(codes).not.toContain('5A001');
    expect(codes).toContain('4A005');

    // Pages follow each other by cursor.
    const firstPage = (await delegateJp.data(IN_FORCE, { input: { state: 'FR', on: '2027-03-01' }, first: 2 })).inForce.entries;
    const secondPage = (await delegateJp.data(IN_FORCE, { input: { state: 'FR', on: '2027-03-01' }, first: 2, after: firstPage.pageInfo.endCursor })).inForce.entries;
    expect([...firstPage.edges, ...secondPage.edges].map((edge: { node: { code: string } }) => edge.node.code)).toEqual(codes.slice(0, 4));
  });

  it('answers the earlier release until a later one enters into force', async () => {
    await headFr.data(RECORD, {
      input: { version: '2027.0', state: 'FR', expectedRevision: 0, status: 'IMPLEMENTED', legalReference: 'Décret n° 2028-7', entryIntoForce: '2028-01-01' },
    });
    expect((await inForce(secretariat, 'FR', '2027-12-31')).release).toEqual({ version: '2026.0' });
    const later = await inForce(secretariat, 'FR', '2028-01-01');
    expect(later.release).toEqual({ version: '2027.0' });
    expect(later.implementation.deviations).toEqual([]);
    expect(later.entries.totalCount).toBe(entriesOf2026);
    // A state that implemented nothing has nothing in force.
    expect((await inForce(secretariat, 'JP', '2030-01-01')).release).toBeNull();
  });

  it('answers licensing systems too, over the API and with `concord in-force`, who record nothing and see no names', async () => {
    const [{ id: frId }] = await t.db.query(`SELECT id FROM participating_state WHERE code = 'FR'`);
    const { createApiClient } = await secretariat.data('mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }', {
      input: { stateId: frId, name: 'Douane: système de licences', scopes: ['RELEASES_READ'] },
    });
    const machine = t.gql.as({ apiKey: createApiClient.apiKey });
    expect((await inForce(machine, 'FR', '2027-03-01')).release).toEqual({ version: '2026.0' });
    const names = await machine.request(`{ implementationMatrix { rows { cells { recordedBy { email } } } } }`);
    expect(errorOf(names)?.code).toBe('FORBIDDEN');
    expect(errorOf(await machine.request(RECORD, { input: { ...FRANCE_2026, expectedRevision: 1 } }))?.code).toBe('FORBIDDEN');

    await t.app.listen(0, '127.0.0.1');
    const server = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const answered = await runConcord(['in-force', '--server', server, '--state', 'FR', '--on', '2027-03-01', '--api-key', createApiClient.apiKey]);
    expect(answered).toMatchObject({ code: 0, err: '' });
    expect(answered.out.split('\n')).toEqual([
      'In force in France (FR) on 2027-03-01: release 2026.0, IMPLEMENTED_WITH_DEVIATIONS',
      `  ${FRANCE_2026.legalReference}, in force from 2027-03-01`,
      `  ${entriesOf2026 - 1} entries in force`,
      `  deviation 5A001 NOT_TRANSPOSED: ${DEVIATION.explanation}`,
    ]);
    const before = await runConcord(['in-force', '--server', server, '--state', 'FR', '--on', '2027-02-28', '--api-key', createApiClient.apiKey]);
    expect(before).toMatchObject({ code: 0, out: 'No release of the list is in force in France (FR) on 2027-02-28.' });
    const json = await runConcord(['in-force', '--server', server, '--state', 'fr', '--on', '2028-01-01', '--json'], { CONCORD_API_KEY: createApiClient.apiKey });
    expect(JSON.parse(json.out)).toMatchObject({ release: { version: '2027.0' }, implementation: { status: 'IMPLEMENTED' } });
    const badDay = await runConcord(['in-force', '--server', server, '--state', 'FR', '--on', '2027-02-30', '--api-key', createApiClient.apiKey]);
    expect(badDay).toMatchObject({ code: 1, err: expect.stringMatching(/^REFUSED \(INVALID_DATE\): /) });
  });

  it('lets no one else write a state\'s record, and changes nothing when refused', async () => {
    const otherState = await delegateJp.request(RECORD, { input: { ...FRANCE_2026, expectedRevision: 1, status: 'IN_PROGRESS', deviations: [] } });
    expect(errorOf(otherState)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWN_STATE' });
    const bySecretariat = await secretariat.request(RECORD, { input: { ...FRANCE_2026, expectedRevision: 1, status: 'IN_PROGRESS', deviations: [] } });
    expect(errorOf(bySecretariat)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_A_DELEGATION' });
    const anonymous = await t.gql.request(RECORD, { input: FRANCE_2026 });
    expect(errorOf(anonymous)?.code).toBe('UNAUTHENTICATED');
    const { release } = await delegateJp.data(RELEASE_IMPLEMENTATIONS, { version: '2026.0' });
    expect(release.implementations.find((cell: { state: { code: string } }) => cell.state.code === 'FR')).toMatchObject({ status: 'IMPLEMENTED_WITH_DEVIATIONS', revision: 1 });
  });

  it('refuses bad input with a stable reason, writing nothing', async () => {
    const germany = { version: '2026.0', state: 'DE', expectedRevision: 0, deviations: [] };
    const delegateDe = await t.as('delegate.de@example.org');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ status: 'IMPLEMENTED', entryIntoForce: '2027-01-01' }, 'BAD_USER_INPUT', 'LEGAL_REFERENCE_REQUIRED'],
      [{ status: 'IMPLEMENTED', legalReference: 'BGBl. I 2027 S. 1' }, 'BAD_USER_INPUT', 'ENTRY_INTO_FORCE_REQUIRED'],
      [{ status: 'IMPLEMENTED', legalReference: '   ', entryIntoForce: '2027-01-01' }, 'BAD_USER_INPUT', 'INVALID_LEGAL_REFERENCE'],
      [{ status: 'IMPLEMENTED', legalReference: 'x'.repeat(501), entryIntoForce: '2027-01-01' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [{ status: 'IMPLEMENTED', legalReference: 'BGBl. I 2027 S. 1', entryIntoForce: '2027-02-30' }, 'BAD_USER_INPUT', 'INVALID_DATE'],
      [{ status: 'IMPLEMENTED_WITH_DEVIATIONS', legalReference: 'BGBl. I 2027 S. 1', entryIntoForce: '2027-01-01' }, 'BAD_USER_INPUT', 'DEVIATIONS_REQUIRED'],
      [{ status: 'IN_PROGRESS', deviations: [DEVIATION] }, 'BAD_USER_INPUT', 'DEVIATIONS_NOT_ALLOWED'],
      [
        { status: 'IMPLEMENTED_WITH_DEVIATIONS', legalReference: 'BGBl. I 2027 S. 1', entryIntoForce: '2027-01-01', deviations: [{ ...DEVIATION, entryCode: '9E999' }] },
        'BAD_USER_INPUT',
        'UNKNOWN_ENTRY',
      ],
      [
        { status: 'IMPLEMENTED_WITH_DEVIATIONS', legalReference: 'BGBl. I 2027 S. 1', entryIntoForce: '2027-01-01', deviations: [DEVIATION, { ...DEVIATION, reason: 'DELAYED' }] },
        'BAD_USER_INPUT',
        'DUPLICATE_DEVIATION',
      ],
      [{ status: 'IN_PROGRESS', version: '2031.0' }, 'NOT_FOUND', 'RELEASE_NOT_FOUND'],
      [{ status: 'IN_PROGRESS', expectedRevision: 3 }, 'CONFLICT', 'STALE_REVISION'],
    ];
    for (const [change, code, reason] of cases) {
      const response = await delegateDe.request(RECORD, { input: { ...germany, ...change } });
      expect({ change, error: errorOf(response) }).toEqual({ change, error: { code, reason } });
    }
    const badDay = await delegateDe.request(IN_FORCE, { input: { state: 'DE', on: '2027-13-01' } });
    expect(errorOf(badDay)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    const unknownState = await delegateDe.request(IN_FORCE, { input: { state: 'ZZ', on: '2027-01-01' } });
    expect(errorOf(unknownState)).toEqual({ code: 'NOT_FOUND', reason: 'STATE_NOT_FOUND' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM national_implementation n JOIN participating_state s ON s.id = n.state_id WHERE s.code = 'DE'`)).toEqual([{ n: 0 }]);
  });

  it('holds the rules in the database too: no deviations under IMPLEMENTED_WITH_DEVIATIONS, none under another status', async () => {
    const [{ release_id, state_id }] = await t.db.query(
      `SELECT n.release_id, n.state_id FROM national_implementation n JOIN release r ON r.id = n.release_id JOIN participating_state s ON s.id = n.state_id WHERE s.code = 'FR' AND r.version = '2026.0'`,
    );
    const attempt = (statement: string) =>
      t.db.transaction(async (manager) => {
        await manager.query(statement, [release_id, state_id]);
      });
    await expect(attempt(`DELETE FROM implementation_deviation WHERE release_id = $1 AND state_id = $2`)).rejects.toMatchObject({
      driverError: { constraint: 'national_implementation_deviations_match_status' },
    });
    await expect(attempt(`UPDATE national_implementation SET status = 'IMPLEMENTED' WHERE release_id = $1 AND state_id = $2`)).rejects.toMatchObject({
      driverError: { constraint: 'national_implementation_deviations_match_status' },
    });
    await expect(attempt(`UPDATE national_implementation SET legal_reference = NULL WHERE release_id = $1 AND state_id = $2`)).rejects.toMatchObject({
      driverError: { constraint: 'national_implementation_in_force_complete' },
    });
    await expect(
      attempt(`INSERT INTO implementation_deviation (release_id, state_id, entry_code, reason, explanation) VALUES ($1, $2, '9E999', 'OTHER', 'x')`),
    ).rejects.toMatchObject({ driverError: { constraint: 'implementation_deviation_entry_fk' } });
  });

  it('keeps every concurrent update made against the same revision but one, which is refused as STALE_REVISION', async () => {
    const delegateIt = await t.as('delegate.it@example.org');
    const headIt = await t.as('head.it@example.org');
    const base = { version: '2026.0', state: 'IT', deviations: [] };
    // The first record, raced too: two creations from two people, over two connections.
    const creations = await Promise.all(
      [delegateIt, headIt].map((client, i) => client.request(RECORD, { input: { ...base, expectedRevision: 0, status: 'IN_PROGRESS', legalReference: `Bill ${i}` } })),
    );
    expect(creations.filter((response) => !response.errors)).toHaveLength(1);
    expect(creations.filter((response) => response.errors).map(errorOf)).toEqual([{ code: 'CONFLICT', reason: 'STALE_REVISION' }]);

    for (let round = 1; round <= 3; round++) {
      const updates = await Promise.all(
        [delegateIt, headIt].map((client, i) =>
          client.request(RECORD, {
            input: { ...base, expectedRevision: round, status: 'IMPLEMENTED', legalReference: `Decreto ${round}.${i}`, entryIntoForce: '2027-06-01' },
          }),
        ),
      );
      const written = updates.filter((response) => !response.errors);
      expect(written).toHaveLength(1);
      expect(updates.filter((response) => response.errors).map(errorOf)).toEqual([{ code: 'CONFLICT', reason: 'STALE_REVISION' }]);
      const [row] = await t.db.query(`SELECT n.revision, n.legal_reference FROM national_implementation n JOIN participating_state s ON s.id = n.state_id WHERE s.code = 'IT'`);
      expect(row).toEqual({ revision: round + 1, legal_reference: written[0].data!['recordImplementation'].legalReference });
    }
    // One audit event per revision written: the history misses none and invents none.
    const history = await t.db.query(
      `SELECT summary->>'revision' AS revision, summary->>'legalReference' AS reference FROM audit_event WHERE action = 'implementation.recorded' AND summary->>'state' = 'IT' ORDER BY sequence`,
    );
    expect(history.map((event: { revision: string }) => event.revision)).toEqual(['1', '2', '3', '4']);
  });

  it('draws the matrix of states × releases with the same number of statements however many states there are', async () => {
    const statements = async () => {
      const counter = countQueries(t);
      try {
        const { implementationMatrix } = await delegateJp.data(MATRIX, { first: 10 });
        return { count: counter.count(), matrix: implementationMatrix };
      } finally {
        counter.stop();
      }
    };
    const withTen = await statements();
    expect(withTen.matrix.totalCount).toBe(2);
    expect(withTen.matrix.rows.map((row: { release: { version: string } }) => row.release.version)).toEqual(['2027.0', '2026.0']);
    expect(withTen.matrix.states).toHaveLength(10);
    const france2026 = withTen.matrix.rows[1].cells.find((cell: { state: { code: string } }) => cell.state.code === 'FR');
    expect(france2026).toMatchObject({ status: 'IMPLEMENTED_WITH_DEVIATIONS', entryIntoForce: '2027-03-01', deviationCount: 1, deviations: [{ entryCode: '5A001' }] });

    for (const [code, name] of [['SE', 'Sweden'], ['NO', 'Norway'], ['FI', 'Finland'], ['CH', 'Switzerland'], ['NZ', 'New Zealand']]) {
      await secretariat.data(`mutation ($input: CreateParticipatingStateInput!) { createParticipatingState(input: $input) { id } }`, { input: { code, name } });
    }
    const withFifteen = await statements();
    expect(withFifteen.matrix.states).toHaveLength(15);
    expect(withFifteen.matrix.rows.every((row: { cells: unknown[] }) => row.cells.length === 15)).toBe(true);
    console.log(`SQL statements behind the implementation matrix: 10 states → ${withTen.count}, 15 states → ${withFifteen.count}`);
    expect(withFifteen.count).toBe(withTen.count);
    // releases count and page, states, records, deviations, the cells' states and releases, the recorders (+ the
    // caller's own authentication lookups)
    expect(withTen.count).toBeLessThanOrEqual(8);

    const firstPage = (await delegateJp.data(MATRIX, { first: 1 })).implementationMatrix;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = (await delegateJp.data(MATRIX, { first: 1, after: firstPage.pageInfo.endCursor })).implementationMatrix;
    expect(secondPage.rows.map((row: { release: { version: string } }) => row.release.version)).toEqual(['2026.0']);
  });
});
