import { EntityManager } from 'typeorm';
import { readSnapshot, ReleaseEntity, ReleaseStatus } from '@concord/control-list';
import { conflict } from '@concord/shared/graphql';
import { BaseList, baseListOf } from '../change-set/base-list';
import { ProposalErrorReason } from '../proposal-error-reason';

/** The release in force: what a new proposal is drafted against, and what a rebase moves it onto. */
export async function latestPublishedRelease(manager: EntityManager): Promise<ReleaseEntity> {
  const release = await manager.getRepository(ReleaseEntity).findOne({
    where: { status: ReleaseStatus.PUBLISHED },
    order: { publishedAt: 'DESC' },
  });
  if (!release) throw conflict('No release has been published yet: import a baseline first', ProposalErrorReason.NO_RELEASE);
  return release;
}

/** A release as far as a change set sees it: the entries it names, and every definition. */
export async function loadBaseList(manager: EntityManager, release: ReleaseEntity, codes: readonly string[]): Promise<BaseList> {
  const document = await readSnapshot(manager, release, codes);
  return baseListOf(document.entries, document.definitions);
}
