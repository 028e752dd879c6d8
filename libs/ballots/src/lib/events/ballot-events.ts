import { registerEnumType } from '@nestjs/graphql';
import { ConcordEvent, concordEvent } from '@concord/events';

export enum BallotEventType {
  OPENED = 'OPENED',
  POSITION_CHANGED = 'POSITION_CHANGED',
  /** The secretariat moved the deadline later. */
  EXTENDED = 'EXTENDED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BallotEventType, { name: 'BallotEventType' });

type BallotEventPayload = {
  type: BallotEventType;
  ballotId: string;
  proposalId: string;
  /** The state whose position changed (POSITION_CHANGED). */
  stateId: string | null;
  position: string | null;
  /** ADOPTED, REJECTED or LAPSED (CLOSED). */
  outcome: string | null;
};

/** Ballots are deliberations: every participant may follow them, machine clients may not. */
export const ballotEvent = (payload: BallotEventPayload): ConcordEvent<BallotEventPayload> =>
  concordEvent('ballot', `ballot.${payload.type.toLowerCase()}`, { scope: 'PARTICIPANTS' }, payload);
