// For the TypeORM CLI only (`npm run migration:generate -- db/migrations/Name`): compares the entities with the
// database that DATABASE_URL names and writes the difference as a migration to read and commit.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@concord/shared/db';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to a scratch database to generate migrations against');

export default new DataSource(dataSourceOptions({ url, entities: ENTITIES, migrations: MIGRATIONS }));
