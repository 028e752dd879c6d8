import { EntityManager } from 'typeorm';
import { ListEntry, RELEASED_STATUSES, ReleaseEntity, VERSION_ORDER_SQL } from '@concord/control-list';

/**
 * One entry as each released version holds it, oldest first: five queries whatever the number of releases
 * (releases, entries, then each child table for that code).
 */
export async function entryAcrossReleases(manager: EntityManager, code: string): Promise<{ release: ReleaseEntity; entry: ListEntry }[]> {
  const releases = await manager
    .getRepository(ReleaseEntity)
    .createQueryBuilder('release')
    .where('release.status IN (:...released)', { released: RELEASED_STATUSES })
    .orderBy(VERSION_ORDER_SQL('release.version'), 'ASC')
    .getMany();
  const ids = releases.map((release) => release.id);
  const entries = await manager.query<{ release_id: string; heading: string; status: ListEntry['status']; reasons: string[]; related_controls_text: string | null; definitions: string[] }[]>(
    `SELECT release_id, heading, status, reasons, related_controls_text, definitions FROM release_entry WHERE code = $1 AND release_id = ANY($2::uuid[])`,
    [code, ids],
  );
  const children = async <T>(table: string, columns: string): Promise<Map<string, T[]>> => {
    const rows = await manager.query<(T & { release_id: string })[]>(
      `SELECT release_id, ${columns} FROM ${table} WHERE entry_code = $1 AND release_id = ANY($2::uuid[]) ORDER BY release_id, position`,
      [code, ids],
    );
    const grouped = new Map<string, T[]>();
    for (const { release_id, ...child } of rows) grouped.set(release_id, [...(grouped.get(release_id) ?? []), child as T]);
    return grouped;
  };
  const paragraphs = await children<ListEntry['paragraphs'][number]>('release_paragraph', 'path, kind, text');
  const references = await children<ListEntry['relatedControls']['references'][number]>('release_reference', 'regime, code');
  const correlations = await children<ListEntry['correlations'][number]>('release_correlation', 'scheme, code, relation');
  const byRelease = new Map(entries.map((row) => [row.release_id, row]));
  return releases.flatMap((release) => {
    const row = byRelease.get(release.id);
    if (!row) return [];
    const entry: ListEntry = {
      code,
      heading: row.heading,
      status: row.status,
      reasons: row.reasons,
      paragraphs: paragraphs.get(release.id) ?? [],
      relatedControls: { text: row.related_controls_text, references: references.get(release.id) ?? [] },
      definitions: row.definitions,
      correlations: correlations.get(release.id) ?? [],
    };
    return [{ release, entry }];
  });
}
