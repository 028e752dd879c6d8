import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '@concord/database';
import {
  fromCsv,
  ListDocument,
  parseList,
  readSnapshot,
  ReleaseEntity,
  toCsv,
} from '@concord/control-list';
import { DomainError } from '@concord/shared/graphql';
import { dataSourceOptions } from '@concord/shared/db';
import { loadConfig } from '@concord/shared/config';
import { ControlListImporter } from '@concord/releases';
import { createTestDatabase, TestDatabase } from '@concord/shared/testing';
import { parsedCcl } from './control-list-fixtures';

const withoutVersion = ({ version: _version, ...rest }: ListDocument) => rest;

async function openFresh(): Promise<{ database: TestDatabase; db: DataSource; importer: ControlListImporter }> {
  const database = await createTestDatabase();
  const db = new DataSource(dataSourceOptions({ url: database.url, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 4 }));
  await db.initialize();
  // Like the CLI: a baseline is only ever published signed, so the importer gets the (test) signing key.
  return { database, db, importer: ControlListImporter.forDataSource(db, loadConfig({ NODE_ENV: 'test' })) };
}

async function exportOf(db: DataSource, version: string): Promise<ListDocument> {
  return readSnapshot(db.manager, await db.getRepository(ReleaseEntity).findOneByOrFail({ version }));
}

/** What `concord export` writes must come back unchanged through `concord import`, in JSON and in CSV. */
describe('exporting a release and importing it again', () => {
  const opened: { database: TestDatabase; db: DataSource; importer: ControlListImporter }[] = [];
  let exported: ListDocument;

  beforeAll(async () => {
    const first = await openFresh();
    opened.push(first);
    await first.importer.importBaseline(parsedCcl().document, { version: '2026.0' });
    exported = await exportOf(first.db, '2026.0');
  });
  afterAll(async () => {
    for (const { database, db } of opened) {
      await db.destroy();
      await database.drop();
    }
  });

  it('exports every entry, paragraph and reference of the full CCL', () => {
    const source = parsedCcl().document;
    expect(exported.version).toBe('2026.0');
    expect(exported.entries).toHaveLength(633);
    expect(withoutVersion(exported)).toEqual(withoutVersion(source));
  });

  it('re-imports the JSON export under a new version into a fresh database as an identical document', async () => {
    const reparsed = parseList(JSON.parse(JSON.stringify(exported)));
    expect(reparsed.defects).toEqual([]);
    const second = await openFresh();
    opened.push(second);
    await second.importer.importBaseline(reparsed.document, { version: '2026.1' });
    const again = await exportOf(second.db, '2026.1');
    expect(again.version).toBe('2026.1');
    expect(withoutVersion(again)).toEqual(withoutVersion(exported));
  });

  it('round-trips through CSV, and the database recognises the content as the same list', async () => {
    const csv = toCsv(exported);
    const reparsed = parseList(fromCsv(csv));
    expect(reparsed.defects).toEqual([]);
    expect(withoutVersion(reparsed.document)).toEqual(withoutVersion(exported));
    const refusal = await opened[0].importer
      .importBaseline(reparsed.document, { version: '2026.2' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ reason: 'DUPLICATE_IMPORT', message: expect.stringContaining('2026.0') });
  });
});
