import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { UpdateMyPreferencesInput } from './update-my-preferences.input';
import { User } from './user.model';
import { UsersService } from './users.service';

@Resolver()
export class MyPreferencesResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => User, { description: 'My own settings (the language Concord writes to me in).' })
  @Authorize(Permission.OWN_ACCOUNT)
  async updateMyPreferences(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyPreferencesInput): Promise<User> {
    return User.from(await this.users.updateOwnPreferences(actor, input));
  }
}
