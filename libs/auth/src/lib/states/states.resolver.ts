import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { CreateParticipatingStateInput } from './create-participating-state.input';
import { ParticipatingState } from './participating-state.model';
import { StatesService } from './states.service';
import { UpdateParticipatingStateInput } from './update-participating-state.input';

@Resolver(() => ParticipatingState)
export class StatesResolver {
  constructor(private readonly states: StatesService) {}

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
}
