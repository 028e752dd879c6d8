import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@concord/auth';
import { Release } from '@concord/control-list';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { notStarted } from './implementation-record';
import { ImplementationReferences } from './implementation-references';
import { ImplementationsService } from './implementations.service';
import { NationalImplementation } from './national-implementation.model';

/** Implementation hangs off releases from here, so the control-list library need not know about it (DESIGN §2). */
@Resolver(() => Release)
export class ReleaseImplementationsResolver {
  constructor(
    private readonly service: ImplementationsService,
    private readonly references: ImplementationReferences,
  ) {}

  @ResolveField(() => [NationalImplementation], { description: 'Every participating state\'s implementation of this release, in state-code order (NOT_STARTED where none is recorded).' })
  async implementations(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<NationalImplementation[]> {
    this.service.assertReader(actor);
    const [states, records] = await Promise.all([loaders.get(this.references.allStates).load('all'), loaders.get(this.service.ofReleases).load(release.id)]);
    const byState = new Map(records.map((record) => [record.stateId, record]));
    return states.map((state) => NationalImplementation.from(byState.get(state.id) ?? notStarted(release.id, state.id)));
  }
}
