import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, User, UsersService } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { BallotsService } from '../ballots/ballots.service';
import { BallotPositionChange } from './ballot-position-change.model';

@Resolver(() => BallotPositionChange)
export class PositionChangesResolver {
  constructor(
    private readonly ballots: BallotsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => User)
  async castBy(@CurrentActor() actor: Actor, @Parent() change: BallotPositionChange, @Loaders() loaders: RequestLoaders): Promise<User> {
    this.ballots.assertReader(actor);
    return User.from((await loaders.get(this.users.byIdLoader).load(change.castById))!);
  }
}
