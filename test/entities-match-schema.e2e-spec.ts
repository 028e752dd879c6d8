import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '@concord/database';
import { dataSourceOptions } from '@concord/shared/db';
import { createTestDatabase, TestDatabase } from '@concord/shared/testing';

/**
 * Indexes the migrations write by hand because entity decorators cannot say them (sort order, partial WHERE); the
 * schema builder would drop them, since no entity declares them. Exactly these drops are expected, nothing else.
 */
const HAND_WRITTEN_INDEXES = [
  'proposal_listing', // (created_at DESC, id DESC): the keyset order of the proposal list
  'proposal_comment_by_proposal', // a covering order for comment threads; not worth an entity @Index
  'ballot_open_by_deadline', // partial: WHERE status = 'OPEN'
  'ballot_one_open_per_proposal', // partial unique: WHERE status = 'OPEN'
];
const EXPECTED = new Set(HAND_WRITTEN_INDEXES.map((name) => `DROP INDEX "public"."${name}"`));

// An entity that disagrees with the migrations reads or writes columns that are not there, or not as declared.
describe('entities and the migrated schema', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ ...dataSourceOptions({ url: database.url, entities: ENTITIES, migrations: MIGRATIONS }), extra: { max: 2 } } as DataSourceOptions);
    await dataSource.initialize();
    // Generated-column expressions are keyed by database name, and this one is a clone of the migrated template.
    await dataSource.query(`UPDATE "typeorm_metadata" SET "database" = current_database()`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('agree: generating a migration from the entities would produce nothing', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const differences = upQueries.map(({ query }) => query.trim()).filter((query) => !EXPECTED.has(query));
    expect(differences).toEqual([]);
  });
});
