import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission, StatesService, User, UsersService } from '@concord/auth';
import { Release } from '@concord/control-list';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { ImplementationDeviation } from './implementation-deviation.model';
import { ImplementationReferences } from './implementation-references';
import { ImplementationsService } from './implementations.service';
import { NationalImplementation } from './national-implementation.model';
import { RecordImplementationInput } from './record-implementation.input';

@Resolver(() => NationalImplementation)
export class ImplementationsResolver {
  constructor(
    private readonly implementations: ImplementationsService,
    private readonly references: ImplementationReferences,
    private readonly states: StatesService,
    private readonly users: UsersService,
  ) {}

  // The gate admits every participant so that the secretariat hears NOT_A_DELEGATION from the service rather than a
  // generic refusal; machine clients and anonymous callers stop here. The service checks whose state it is.
  @Mutation(() => NationalImplementation, {
    description: "Records your own state's implementation of a release (status, legal reference, date of entry into force, deviations), replacing the previous record.",
  })
  @Authorize(Permission.READ_DELIBERATIONS)
  async recordImplementation(@CurrentActor() actor: Actor, @Args('input') input: RecordImplementationInput): Promise<NationalImplementation> {
    return NationalImplementation.from(await this.implementations.record(actor, input));
  }

  @ResolveField(() => ParticipatingState)
  async state(@Parent() implementation: NationalImplementation, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState> {
    return ParticipatingState.from((await loaders.get(this.states.byId).load(implementation.stateId))!);
  }

  @ResolveField(() => Release)
  async release(@Parent() implementation: NationalImplementation, @Loaders() loaders: RequestLoaders): Promise<Release> {
    return Release.from((await loaders.get(this.references.releasesById).load(implementation.releaseId))!);
  }

  @ResolveField(() => [ImplementationDeviation], { description: 'In entry-code order; empty unless IMPLEMENTED_WITH_DEVIATIONS.' })
  async deviations(@CurrentActor() actor: Actor, @Parent() implementation: NationalImplementation, @Loaders() loaders: RequestLoaders): Promise<ImplementationDeviation[]> {
    this.implementations.assertReader(actor);
    if (!implementation.deviationCount) return [];
    const { releaseId, stateId } = implementation;
    return (await loaders.get(this.implementations.deviationsOf).load({ releaseId, stateId })).map(ImplementationDeviation.from);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who of the delegation recorded the current revision; null when nothing is recorded.' })
  async recordedBy(@CurrentActor() actor: Actor, @Parent() implementation: NationalImplementation, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    this.implementations.assertPeopleReader(actor);
    if (!implementation.recordedById) return null;
    const user = await loaders.get(this.users.byIdLoader).load(implementation.recordedById);
    return user && User.from(user);
  }
}
