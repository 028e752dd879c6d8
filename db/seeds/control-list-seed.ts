import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseList, ReleaseEntity } from '@concord/control-list';
import { ControlListImporter, lockReleaseWrites } from '@concord/releases';

const CCL_DIR = join(__dirname, 'data', 'us-ccl-2026-07-23');
export const SEED_RELEASE_VERSION = '2026.0';

export interface ControlListSeedResult {
  version: string;
  entries: number;
  paragraphs: number;
}

/**
 * The baseline the demo regime starts from: the CCL entries relevant to surveillance, intrusion software and
 * biometrics (the index in surveillance_related_eccns.json), with their full paragraph text, as release 2026.0.
 * Runs only while no release exists, so a restart never re-imports and never competes with a real baseline.
 * Through the application's importer, so the release is signed with the application's key.
 */
export async function seedControlList(app: INestApplicationContext): Promise<ControlListSeedResult | undefined> {
  const db = app.get<DataSource>(getDataSourceToken());
  if (await db.getRepository(ReleaseEntity).exists()) return undefined;
  const index = JSON.parse(readFileSync(join(CCL_DIR, 'surveillance_related_eccns.json'), 'utf8')) as { entries: { eccn: string }[] };
  const ccl: unknown = JSON.parse(readFileSync(join(CCL_DIR, 'ccl.json'), 'utf8'));
  const parsed = parseList(ccl, { codes: index.entries.map((entry) => entry.eccn) });
  return db.transaction(async (manager) => {
    // The importer takes the same lock; taking it first lets two starting servers agree on who seeds.
    await lockReleaseWrites(manager);
    if (await manager.getRepository(ReleaseEntity).exists()) return undefined;
    const { release, written } = await app.get(ControlListImporter).importBaseline(parsed.document, { version: SEED_RELEASE_VERSION }, manager);
    return { version: release.version, entries: written.entries, paragraphs: written.paragraphs };
  });
}
