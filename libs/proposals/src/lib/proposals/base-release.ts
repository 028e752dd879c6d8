import { EntityManager } from 'typeorm';
import { readSnapshot, ReleaseEntity, ReleaseStatus } from '@concord/control-list';
import { conflict } from '@concord/shared/graphql';
import { BaseList, baseListOf } from '../change-set/base-list';

/** The release in force: what a new proposal is drafted against. */
export async function latestPublishedRelease(manager: EntityManager): Promise<ReleaseEntity> {
  const release = await manager.getRepository(ReleaseEntity).findOne({
    where: { status: ReleaseStatus.PUBLISHED },
    order: { publishedAt: 'DESC' },
  });
  if (!release) throw conflict('No release has been published yet: import a baseline first', 'NO_RELEASE');
  return release;
}

export async function loadBaseList(manager: EntityManager, release: ReleaseEntity): Promise<BaseList> {
  const document = await readSnapshot(manager, release);
  return baseListOf(document.entries, document.definitions);
}
