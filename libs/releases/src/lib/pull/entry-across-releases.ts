import { EntityManager } from 'typeorm';
import { ListEntry, readEntries, RELEASED_STATUSES, ReleaseEntity, VERSION_ORDER_SQL } from '@concord/control-list';

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
  const entries = await readEntries(manager, { releaseIds: releases.map((release) => release.id), codes: [code] });
  const byRelease = new Map(entries.map(({ releaseId, entry }) => [releaseId, entry]));
  return releases.flatMap((release) => {
    const entry = byRelease.get(release.id);
    return entry ? [{ release, entry }] : [];
  });
}
