import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsService } from './comments/comments.service';
import { ProposalEventsResolver } from './events/proposal-events.resolver';
import { DraftingService } from './drafting/drafting.service';
import { ProposalActionsService } from './proposals/proposal-actions.service';
import { ProposalRevisionResolver } from './proposals/proposal-revision.resolver';
import { ProposalsResolver } from './proposals/proposals.resolver';
import { ProposalReturnResolver } from './returns/proposal-return.resolver';
import { ProposalsService } from './proposals/proposals.service';
import { BaseEntriesService } from './redline/base-entries.service';
import { RedlineResolver } from './redline/redline.resolver';

/** Proposals, their revisions and redlines, and the comments on them (DESIGN §4). */
@Module({
  imports: [AuthModule],
  providers: [
    ProposalsService,
    DraftingService,
    ProposalActionsService,
    CommentsService,
    BaseEntriesService,
    ProposalsResolver,
    ProposalRevisionResolver,
    ProposalReturnResolver,
    CommentsResolver,
    RedlineResolver,
    ProposalEventsResolver,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
