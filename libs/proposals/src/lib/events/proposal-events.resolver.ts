import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ConcordEvent, EventBus } from '@concord/events';
import { ParseIdPipe } from '@concord/shared/graphql';
import { ProposalsService } from '../proposals/proposals.service';
import { CommentEvent } from './comment-event.model';
import { ProposalEvent } from './proposal-event.model';

/** Each subscriber receives only what it could read: the bus filters every event by its audience and the actor. */
@Resolver()
export class ProposalEventsResolver {
  constructor(
    private readonly events: EventBus,
    private readonly proposals: ProposalsService,
  ) {}

  @Subscription(() => ProposalEvent, { resolve: (event: ConcordEvent) => ProposalEvent.from(event) })
  @Authorize(Permission.READ_DELIBERATIONS)
  proposalEvents(@CurrentActor() actor: Actor) {
    return this.events.stream(actor, 'proposal');
  }

  @Subscription(() => CommentEvent, { resolve: (event: ConcordEvent) => CommentEvent.from(event) })
  @Authorize(Permission.READ_DELIBERATIONS)
  async commentEvents(@CurrentActor() actor: Actor, @Args('proposalId', { type: () => ID }, ParseIdPipe) proposalId: string) {
    // An invisible draft is NOT_FOUND here as everywhere else.
    await this.proposals.byId(actor, proposalId);
    return this.events.stream(actor, 'comment', (event) => event.payload['proposalId'] === proposalId);
  }
}
