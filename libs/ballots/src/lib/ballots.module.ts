import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { ProposalsModule } from '@concord/proposals';
import { BallotClosing } from './ballots/ballot-closing';
import { BallotsResolver } from './ballots/ballots.resolver';
import { BallotsService } from './ballots/ballots.service';
import { ProposalBallotResolver } from './ballots/proposal-ballot.resolver';
import { BallotEventsResolver } from './events/ballot-events.resolver';
import { PositionChangesResolver } from './positions/position-changes.resolver';
import { PositionsResolver } from './positions/positions.resolver';
import { PositionsService } from './positions/positions.service';
import { BallotReminders } from './scheduler/ballot-reminders';
import { BallotScheduler } from './scheduler/ballot-scheduler';

/** Ballots on proposal revisions, the states' positions, and the decision rules (DESIGN §5). */
@Module({
  imports: [AuthModule, ProposalsModule],
  providers: [
    BallotClosing,
    BallotsService,
    PositionsService,
    BallotsResolver,
    PositionsResolver,
    PositionChangesResolver,
    ProposalBallotResolver,
    BallotReminders,
    BallotScheduler,
    BallotEventsResolver,
  ],
  exports: [BallotsService, BallotReminders, BallotScheduler],
})
export class BallotsModule {}
