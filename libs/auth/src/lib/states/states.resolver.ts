import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { CreateParticipatingStateInput } from './create-participating-state.input';
import { ParticipatingState } from './participating-state.model';
import { StatesService } from './states.service';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { UpdateParticipatingStateInput } from './update-participating-state.input';

@Resolver(() => ParticipatingState)
export class StatesResolver {
  constructor(
    private readonly states: StatesService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [ParticipatingState], { description: 'Every participating state, by code (a short, bounded list).' })
  @Authorize(Permission.AUTHENTICATED)
  async participatingStates(@CurrentActor() actor: Actor): Promise<ParticipatingState[]> {
    return (await this.states.list(actor)).map(ParticipatingState.from);
  }

  @Mutation(() => ParticipatingState)
  @Authorize(Permission.MANAGE_REGISTRY)
  async createParticipatingState(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateParticipatingStateInput,
  ): Promise<ParticipatingState> {
    return ParticipatingState.from(await this.states.create(actor, input));
  }

  @Mutation(() => ParticipatingState)
  @Authorize(Permission.MANAGE_REGISTRY)
  async updateParticipatingState(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateParticipatingStateInput,
  ): Promise<ParticipatingState> {
    return ParticipatingState.from(await this.states.update(actor, input));
  }

  @ResolveField(() => [User], { description: "The delegation's active members. Participants only." })
  async members(
    @Parent() state: ParticipatingState,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User[]> {
    return (await this.users.membersOf(actor, state.id, loaders)).map(User.from);
  }
}
