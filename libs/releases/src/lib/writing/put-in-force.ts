import { EntityManager } from 'typeorm';
import { ReleaseStatus } from '@concord/control-list';

/**
 * The one way a release comes into force, for a baseline import and a publication alike: the release in force until
 * now is SUPERSEDED and this one PUBLISHED, in the caller's transaction.
 */
export async function putInForce(manager: EntityManager, releaseId: string): Promise<void> {
  await manager.query(`UPDATE release SET status = $1 WHERE status = $2`, [ReleaseStatus.SUPERSEDED, ReleaseStatus.PUBLISHED]);
  await manager.query(`UPDATE release SET status = $1, published_at = now() WHERE id = $2`, [ReleaseStatus.PUBLISHED, releaseId]);
}
