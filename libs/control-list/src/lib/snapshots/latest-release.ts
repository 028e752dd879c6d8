import { EntityManager } from 'typeorm';
import { ReleaseEntity, ReleaseStatus } from './release.entity';
import { VERSION_ORDER_SQL } from './release-version';

/** The newest release that was ever published (in force or superseded), by version: what a new version must exceed. */
export function latestRelease(manager: EntityManager): Promise<ReleaseEntity | null> {
  return manager
    .getRepository(ReleaseEntity)
    .createQueryBuilder('release')
    .where('release.status <> :draft', { draft: ReleaseStatus.DRAFT })
    .orderBy(VERSION_ORDER_SQL('release.version'), 'DESC')
    .getOne();
}
