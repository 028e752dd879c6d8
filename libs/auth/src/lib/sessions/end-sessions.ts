import { EntityManager } from 'typeorm';
import { SessionEndReason } from './session.entity';

/** Ends every open session of a person, inside the caller's transaction (its refresh tokens stop working with it). */
export async function endSessionsOf(manager: EntityManager, userId: string, reason: SessionEndReason, exceptSessionId?: string): Promise<number> {
  const [, affected] = (await manager.query(
    `UPDATE auth_session SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [userId, reason, exceptSessionId ?? null],
  )) as [unknown, number];
  return affected;
}
