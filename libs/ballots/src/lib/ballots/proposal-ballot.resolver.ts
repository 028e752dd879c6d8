import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@concord/auth';
import { Proposal } from '@concord/proposals';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Ballot } from './ballot.model';
import { BallotsService } from './ballots.service';

/** Ballots hang off proposals from here, so the proposals library need not know about them (DESIGN §2). */
@Resolver(() => Proposal)
export class ProposalBallotResolver {
  constructor(private readonly ballotService: BallotsService) {}

  @ResolveField(() => Ballot, { nullable: true, description: 'The latest ballot on this proposal, open or closed; null if none was held.' })
  async ballot(@CurrentActor() actor: Actor, @Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<Ballot | null> {
    this.ballotService.assertReader(actor);
    const [latest] = await loaders.get(this.ballotService.allOfProposal).load(proposal.id);
    return latest ? Ballot.from(latest) : null;
  }

  @ResolveField(() => [Ballot], { description: 'Every ballot held on this proposal, newest first, each with its revision and outcome.' })
  async ballots(@CurrentActor() actor: Actor, @Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<Ballot[]> {
    this.ballotService.assertReader(actor);
    return (await loaders.get(this.ballotService.allOfProposal).load(proposal.id)).map(Ballot.from);
  }
}
