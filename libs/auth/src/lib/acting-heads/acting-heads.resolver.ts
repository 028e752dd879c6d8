import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { ParticipatingState } from '../states/participating-state.model';
import { StatesService } from '../states/states.service';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { ActingHead } from './acting-head.model';
import { ActingHeadsService } from './acting-heads.service';
import { AppointActingHeadInput } from './appoint-acting-head.input';
import { RevokeActingHeadInput } from './revoke-acting-head.input';

@Resolver(() => ActingHead)
export class ActingHeadsResolver {
  constructor(
    private readonly actingHeads: ActingHeadsService,
    private readonly users: UsersService,
    private readonly states: StatesService,
  ) {}

  @Mutation(() => ActingHead, {
    description: "A head of delegation names a delegate of its state to take the state's positions from startsAt until endsAt.",
  })
  @Authorize(Permission.APPOINT_ACTING_HEAD)
  async appointActingHead(@CurrentActor() actor: Actor, @Args('input') input: AppointActingHeadInput): Promise<ActingHead> {
    return ActingHead.from(await this.actingHeads.appoint(actor, input));
  }

  @Mutation(() => ActingHead, { description: 'Ends an appointment of your state early (or before it begins).' })
  @Authorize(Permission.APPOINT_ACTING_HEAD)
  async revokeActingHead(@CurrentActor() actor: Actor, @Args('input') input: RevokeActingHeadInput): Promise<ActingHead> {
    return ActingHead.from(await this.actingHeads.revoke(actor, input));
  }

  @ResolveField(() => User)
  async delegate(@Parent() appointment: ActingHead, @Loaders() loaders: RequestLoaders): Promise<User> {
    return User.from((await loaders.get(this.users.byIdLoader).load(appointment.delegateId))!);
  }

  @ResolveField(() => User, { description: 'The head of delegation who named the acting head.' })
  async appointedBy(@Parent() appointment: ActingHead, @Loaders() loaders: RequestLoaders): Promise<User> {
    return User.from((await loaders.get(this.users.byIdLoader).load(appointment.appointedById))!);
  }

  @ResolveField(() => ParticipatingState)
  async state(@Parent() appointment: ActingHead, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState> {
    return ParticipatingState.from((await loaders.get(this.states.byId).load(appointment.stateId))!);
  }
}
