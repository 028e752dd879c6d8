import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User, UsersService } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { ProposalReturn } from './proposal-return.model';

@Resolver(() => ProposalReturn)
export class ProposalReturnResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User, { description: 'The secretariat officer who returned it.' })
  async returnedBy(@Parent() proposalReturn: ProposalReturn, @Loaders() loaders: RequestLoaders): Promise<User> {
    return User.from((await loaders.get(this.users.byIdLoader).load(proposalReturn.returnedById))!);
  }
}
