import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User, UsersService } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { ProposalRevision } from './proposal-revision.model';
import { ProposalsService } from './proposals.service';

@Resolver(() => ProposalRevision)
export class ProposalRevisionResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => String, { description: 'The release this revision is written against; its redlines read against it.' })
  async baseReleaseVersion(@Parent() revision: ProposalRevision, @Loaders() loaders: RequestLoaders): Promise<string> {
    return (await loaders.get(this.proposals.releasesById).load(revision.baseReleaseId))!.version;
  }

  @ResolveField(() => User, { description: 'The delegate who wrote this revision.' })
  async author(@Parent() revision: ProposalRevision, @Loaders() loaders: RequestLoaders): Promise<User> {
    return User.from((await loaders.get(this.users.byIdLoader).load(revision.createdById))!);
  }
}
