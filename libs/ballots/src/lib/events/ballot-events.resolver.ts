import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ConcordEvent, EventBus } from '@concord/events';
import { BallotEvent } from './ballot-event.model';

@Resolver()
export class BallotEventsResolver {
  constructor(private readonly events: EventBus) {}

  @Subscription(() => BallotEvent, { resolve: (event: ConcordEvent) => BallotEvent.from(event), description: 'Ballots opened, positions changed, ballots closed; optionally of one proposal.' })
  @Authorize(Permission.READ_DELIBERATIONS)
  ballotEvents(@CurrentActor() actor: Actor, @Args('proposalId', { type: () => ID, nullable: true }) proposalId?: string) {
    return this.events.stream(actor, 'ballot', (event) => !proposalId || event.payload['proposalId'] === proposalId);
  }
}
