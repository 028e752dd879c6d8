import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ConcordEvent, EventBus, normaliseScope, ReleaseScopeInput } from '@concord/events';
import { RELEASE_TOPIC, ReleaseEventType, ReleasePublishedPayload } from '../events/release-events';
import { DeltaStream } from './delta-stream';
import { ReleaseDelta } from './release-delta.model';
import { ReleaseDeltaService } from './release-delta.service';

/** Subscriptions by subtree (docs/subscriptions.md): pushed on each publication that changes the scope, and fetched later. */
@Resolver()
export class ReleaseDeltaResolver {
  constructor(
    private readonly deltas: ReleaseDeltaService,
    private readonly events: EventBus,
  ) {}

  @Query(() => ReleaseDelta, {
    description: 'The changes release `version` made to the entries of `scope`, verifiable (an empty list when it changed none): what a subscriber that missed the push fetches.',
  })
  @Authorize(Permission.READ_RELEASES)
  async releaseDelta(@CurrentActor() actor: Actor, @Args('version') version: string, @Args('scope') scope: ReleaseScopeInput): Promise<ReleaseDelta> {
    return ReleaseDelta.from(await this.deltas.forVersion(actor, version, normaliseScope(scope)));
  }

  @Subscription(() => ReleaseDelta, {
    name: 'releaseDelta',
    description: 'On each publication that changes an entry of `scope`, its delta; publications that change none send nothing.',
    resolve: (delta: ReleaseDelta) => delta,
  })
  @Authorize(Permission.READ_RELEASES)
  releaseDeltas(@CurrentActor() actor: Actor, @Args('scope') given: ReleaseScopeInput) {
    const scope = normaliseScope(given);
    const published = this.events.stream(actor, RELEASE_TOPIC, (event) => event.type === ReleaseEventType.PUBLISHED);
    return new DeltaStream(published, async (event: ConcordEvent) => {
      const delta = await this.deltas.forVersion(actor, (event.payload as unknown as ReleasePublishedPayload).version, scope);
      return delta.signed.changes.length ? ReleaseDelta.from(delta) : null;
    });
  }
}
