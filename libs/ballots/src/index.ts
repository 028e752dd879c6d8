import { BallotEligibleStateEntity } from './lib/ballots/ballot-eligible-state.entity';
import { BallotEntity } from './lib/ballots/ballot.entity';
import { BallotPositionChangeEntity } from './lib/positions/ballot-position-change.entity';
import { BallotPositionEntity } from './lib/positions/ballot-position.entity';

export * from './lib/ballots/ballot-eligible-state.entity';
export * from './lib/ballots/ballot.entity';
export * from './lib/ballots.module';
export * from './lib/ballot-errors';
export * from './lib/scheduler/ballot-reminders';
export * from './lib/scheduler/ballot-scheduler';
export * from './lib/decision/ballot-terms';
import { BallotReminderEntity } from './lib/scheduler/ballot-reminder.entity';
export * from './lib/decision/decide';
export * from './lib/positions/ballot-position-change.entity';
export * from './lib/positions/ballot-position.entity';
export * from './lib/ballot-error-reason';
export * from './lib/ballot-audit-action';

export const BALLOT_ENTITIES = [BallotEntity, BallotEligibleStateEntity, BallotPositionEntity, BallotPositionChangeEntity, BallotReminderEntity];
export { BallotsService } from './lib/ballots/ballots.service';
export { PositionsService } from './lib/positions/positions.service';
