import { EntityManager } from 'typeorm';
import { RELEASED_STATUSES, ReleaseEntity } from './release.entity';
import { VERSION_ORDER_SQL } from './release-version';

/** The newest release that was ever published (in force or superseded), by version: what a new version must exceed. */
export function latestRelease(manager: EntityManager): Promise<ReleaseEntity | null> {
  return manager
    .getRepository(ReleaseEntity)
    .createQueryBuilder('release')
    .where('release.status IN (:...released)', { released: RELEASED_STATUSES })
    .orderBy(VERSION_ORDER_SQL('release.version'), 'DESC')
    .getOne();
}
