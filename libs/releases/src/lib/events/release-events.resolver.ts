import { Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ConcordEvent, EventBus } from '@concord/events';
import { ReleasePublishedEvent } from './release-events';

@Resolver()
export class ReleaseEventsResolver {
  constructor(private readonly events: EventBus) {}

  @Subscription(() => ReleasePublishedEvent, { resolve: (event: ConcordEvent) => ReleasePublishedEvent.from(event) })
  @Authorize(Permission.READ_RELEASES)
  releasePublished(@CurrentActor() actor: Actor) {
    return this.events.stream(actor, 'release');
  }
}
