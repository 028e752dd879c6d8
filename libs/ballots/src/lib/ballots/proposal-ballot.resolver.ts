import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@concord/auth';
import { Proposal } from '@concord/proposals';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Ballot } from './ballot.model';
import { BallotsService } from './ballots.service';

/** Ballots hang off proposals from here, so the proposals library need not know about them (DESIGN §2). */
@Resolver(() => Proposal)
export class ProposalBallotResolver {
  constructor(private readonly ballots: BallotsService) {}

  @ResolveField(() => Ballot, { nullable: true, description: 'The latest ballot on this proposal, open or closed; null if none was held.' })
  async ballot(@CurrentActor() actor: Actor, @Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<Ballot | null> {
    this.ballots.assertReader(actor);
    const ballot = await loaders.get(this.ballots.latestOfProposal).load(proposal.id);
    return ballot && Ballot.from(ballot);
  }
}
