import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission, StatesService, User, UsersService } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { BallotsService } from '../ballots/ballots.service';
import { BallotPosition } from './ballot-position.model';
import { BallotPositionChange } from './ballot-position-change.model';
import { CastPositionInput } from './cast-position.input';
import { PositionsService } from './positions.service';

@Resolver(() => BallotPosition)
export class PositionsResolver {
  constructor(
    private readonly positions: PositionsService,
    private readonly ballots: BallotsService,
    private readonly states: StatesService,
    private readonly users: UsersService,
  ) {}

  // The gate admits every participant so that a delegate hears NOT_HEAD_OF_DELEGATION from the service rather than
  // a generic refusal; machine clients and anonymous callers stop here. The service checks CAST_POSITION itself.
  @Mutation(() => BallotPosition, {
    description: "Takes or changes your state's position until the ballot closes: the head of delegation, or the acting head it named, inside that window.",
  })
  @Authorize(Permission.READ_DELIBERATIONS)
  async castPosition(@CurrentActor() actor: Actor, @Args('input') input: CastPositionInput): Promise<BallotPosition> {
    return BallotPosition.from(await this.positions.cast(actor, input));
  }

  @ResolveField(() => ParticipatingState)
  async state(@Parent() position: BallotPosition, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState> {
    return ParticipatingState.from((await loaders.get(this.states.byId).load(position.stateId))!);
  }

  @ResolveField(() => [BallotPositionChange], { description: 'Every position the state took in this ballot, first one first.' })
  async history(@CurrentActor() actor: Actor, @Parent() position: BallotPosition, @Loaders() loaders: RequestLoaders): Promise<BallotPositionChange[]> {
    this.ballots.assertReader(actor);
    const changes = await loaders.get(this.positions.changesOf).load(position.ballotId);
    return changes.filter((change) => change.stateId === position.stateId).map(BallotPositionChange.from);
  }

  @ResolveField(() => User, { description: 'The person who took the standing position: the head, or the acting head (castCapacity says which).' })
  async castBy(@CurrentActor() actor: Actor, @Parent() position: BallotPosition, @Loaders() loaders: RequestLoaders): Promise<User> {
    this.ballots.assertReader(actor);
    return User.from((await loaders.get(this.users.byIdLoader).load(position.castById))!);
  }
}
