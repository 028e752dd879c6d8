import { seedControlList, seedDemoImplementation } from '@concord/database';
import { startTestApp, TestApp } from './support/test-app';

const MATRIX = `{ implementationMatrix(first: 5) { rows { release { version } cells { state { code } status legalReference entryIntoForce deviationCount } } } }`;

describe('demo implementation seed: a fresh demo installation has states at every stage of implementing 2026.0', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
  });
  afterAll(() => t.close());

  it('records five states once, and the matrix and the point-in-time question show them', async () => {
    expect(await seedDemoImplementation(t.app, t.db)).toBe(5);
    // A restart, or a second server on the same database, adds nothing.
    expect(await Promise.all([seedDemoImplementation(t.app, t.db), seedDemoImplementation(t.app, t.db)])).toEqual([undefined, undefined]);

    const jp = await t.as('delegate.jp@example.org');
    const { implementationMatrix } = await jp.data(MATRIX);
    const [row] = implementationMatrix.rows;
    expect(row.release.version).toBe('2026.0');
    const byState = Object.fromEntries(row.cells.map((cell: { state: { code: string }; status: string }) => [cell.state.code, cell.status]));
    expect(byState).toEqual({
      AU: 'NOT_STARTED', CA: 'NOT_STARTED', DE: 'IMPLEMENTED', FR: 'IMPLEMENTED_WITH_DEVIATIONS', GB: 'IN_PROGRESS',
      IT: 'NOT_STARTED', JP: 'IN_PROGRESS', KR: 'NOT_STARTED', NL: 'NOT_STARTED', US: 'IMPLEMENTED',
    });
    const { inForce } = await jp.data(`{ inForce(input: { state: "FR", on: "2027-03-01" }) { release { version } implementation { deviationCount } } }`);
    expect(inForce).toEqual({ release: { version: '2026.0' }, implementation: { deviationCount: 1 } });
  });
});
