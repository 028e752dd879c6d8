import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Proposal, ProposalsService } from '@concord/proposals';
import { Loaders, ParseIdPipe, RequestLoaders } from '@concord/shared/graphql';
import { BallotPosition } from '../positions/ballot-position.model';
import { PositionsService } from '../positions/positions.service';
import { Ballot } from './ballot.model';
import { CloseBallotInput, OpenBallotInput } from './ballot.inputs';
import { BallotsService } from './ballots.service';

@Resolver(() => Ballot)
export class BallotsResolver {
  constructor(
    private readonly ballots: BallotsService,
    private readonly positionService: PositionsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Query(() => Ballot)
  @Authorize(Permission.READ_DELIBERATIONS)
  async ballot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Ballot> {
    return Ballot.from(await this.ballots.byId(actor, id));
  }

  @Mutation(() => Ballot, { description: "Puts an UNDER_REVIEW proposal's current revision to the vote; the proposal moves to VOTING and is frozen." })
  @Authorize(Permission.RUN_BALLOTS)
  async openBallot(@CurrentActor() actor: Actor, @Args('input') input: OpenBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballots.open(actor, input));
  }

  @Mutation(() => Ballot, { description: 'Closes before the deadline: the outcome and tally are computed now and stored; the proposal is ADOPTED or REJECTED.' })
  @Authorize(Permission.RUN_BALLOTS)
  async closeBallot(@CurrentActor() actor: Actor, @Args('input') input: CloseBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballots.close(actor, input));
  }

  @ResolveField(() => [BallotPosition], { description: 'Who stands where, for participants only; states with no position are absent.' })
  async positions(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<BallotPosition[]> {
    this.ballots.assertReader(actor);
    return (await loaders.get(this.positionService.positionsOf).load(ballot.id)).map(BallotPosition.from);
  }

  @ResolveField(() => Proposal)
  async proposal(@CurrentActor() actor: Actor, @Parent() ballot: Ballot): Promise<Proposal> {
    return Proposal.from(await this.proposals.byId(actor, ballot.proposalId));
  }
}
