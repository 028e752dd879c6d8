import type { MessageId } from '../../app/i18n/catalog';

export const POSITIONS = ['SUPPORT', 'OBJECT', 'RESERVATION', 'ABSTAIN'] as const;
export type PositionValue = (typeof POSITIONS)[number];

const REASONS = new Set([
  'CONSENSUS_REACHED',
  'SILENCE_KEPT',
  'THRESHOLD_MET',
  'OBJECTION_STANDS',
  'RESERVATION_STANDS',
  'QUORUM_NOT_MET',
  'NO_DECISIVE_POSITIONS',
  'THRESHOLD_NOT_MET',
  'PROPOSAL_WITHDRAWN',
]);

/** The outcome's reason in words; an unknown code never reaches the reader. */
export const reasonMessage = (reason: string | null | undefined): MessageId =>
  reason && REASONS.has(reason) ? (`ballots.reason.${reason}` as MessageId) : 'ballots.reason.unknown';

export interface TallyCounts {
  support: number;
  abstain: number;
  object: number;
  reservation: number;
  notVoted: number;
  eligible: number;
}

export interface QuorumStatus {
  taken: number;
  needed: number;
  eligible: number;
  met: boolean;
}

/** As the API decides it: every position taken, abstentions included, against the states eligible at opening. */
export function quorumStatus(tally: TallyCounts, quorum: number | null | undefined): QuorumStatus | null {
  if (quorum == null) return null;
  const taken = tally.eligible - tally.notVoted;
  const needed = Math.max(0, Math.ceil(quorum * tally.eligible - 1e-9));
  return { taken, needed, eligible: tally.eligible, met: taken >= needed };
}

export interface CastingViewer {
  id: string;
  role: string;
  state: { id: string } | null;
}

/** Heads of delegation, and delegates their head named acting head for now, take the state's position. */
export function castingCapacity(
  viewer: CastingViewer,
  actingHeads: readonly { current: boolean; delegate: { id: string } }[],
): 'HEAD_OF_DELEGATION' | 'ACTING_HEAD' | null {
  if (!viewer.state) return null;
  if (viewer.role === 'HEAD_OF_DELEGATION') return 'HEAD_OF_DELEGATION';
  return actingHeads.some((acting) => acting.current && acting.delegate.id === viewer.id) ? 'ACTING_HEAD' : null;
}

export type RelativeUnit = 'minute' | 'hour' | 'day';

/** How long until a deadline, in the largest unit that reads naturally (for Intl.RelativeTimeFormat). */
export function timeLeft(deadline: string | Date, now: Date = new Date()): { value: number; unit: RelativeUnit } {
  const minutes = Math.round((new Date(deadline).getTime() - now.getTime()) / 60000);
  if (Math.abs(minutes) < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}
