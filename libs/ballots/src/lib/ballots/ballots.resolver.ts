import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission, StatesService, User, UsersService } from '@concord/auth';
import { Proposal, ProposalsService } from '@concord/proposals';
import { ConnectionType, Loaders, ParseIdPipe, RequestLoaders } from '@concord/shared/graphql';
import { BallotStatus } from '../decision/ballot-terms';
import { decide } from '../decision/decide';
import { BallotPosition } from '../positions/ballot-position.model';
import { PositionsService } from '../positions/positions.service';
import { Ballot } from './ballot.model';
import { BallotTally } from './ballot-tally.model';
import { BallotVerdict } from './ballot-verdict.model';
import { BallotsArgs } from './ballots.args';
import { BallotsService } from './ballots.service';
import { CancelBallotInput } from './cancel-ballot.input';
import { CloseBallotInput } from './close-ballot.input';
import { ExtendBallotInput } from './extend-ballot.input';
import { OpenBallotInput } from './open-ballot.input';

export const BallotConnection = ConnectionType(Ballot);
export type BallotConnection = InstanceType<typeof BallotConnection>;

@Resolver(() => Ballot)
export class BallotsResolver {
  constructor(
    private readonly ballotService: BallotsService,
    private readonly positionService: PositionsService,
    private readonly proposals: ProposalsService,
    private readonly states: StatesService,
    private readonly users: UsersService,
  ) {}

  @Query(() => Ballot)
  @Authorize(Permission.READ_DELIBERATIONS)
  async ballot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Ballot> {
    return Ballot.from(await this.ballotService.byId(actor, id));
  }

  @Query(() => BallotConnection, { description: 'Ballots, newest first; awaitingPositionFrom finds the open ones a state has not answered.' })
  @Authorize(Permission.READ_DELIBERATIONS)
  async ballots(@CurrentActor() actor: Actor, @Args() args: BallotsArgs): Promise<BallotConnection> {
    const page = await this.ballotService.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Ballot.from(edge.node) })) };
  }

  @Query(() => [Ballot], { description: "Open ballots awaiting your state's position, soonest deadline first (delegations)." })
  @Authorize(Permission.READ_DELIBERATIONS)
  async myPendingBallots(@CurrentActor() actor: Actor): Promise<Ballot[]> {
    return (await this.ballotService.pendingFor(actor)).map(Ballot.from);
  }

  @Mutation(() => Ballot, {
    description:
      "Puts an UNDER_REVIEW proposal's current revision to the vote; the proposal moves to VOTING and is frozen. Refused " +
      'with REBASE_REQUIRED when a newer release changed what it touches.',
  })
  @Authorize(Permission.RUN_BALLOTS)
  async openBallot(@CurrentActor() actor: Actor, @Args('input') input: OpenBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballotService.open(actor, input));
  }

  @Mutation(() => Ballot, { description: 'Closes before the deadline: the outcome and tally are computed now and stored; the proposal is ADOPTED or REJECTED.' })
  @Authorize(Permission.RUN_BALLOTS)
  async closeBallot(@CurrentActor() actor: Actor, @Args('input') input: CloseBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballotService.close(actor, input));
  }

  @Mutation(() => Ballot, { description: 'Moves the deadline of an open ballot later (never earlier).' })
  @Authorize(Permission.RUN_BALLOTS)
  async extendBallot(@CurrentActor() actor: Actor, @Args('input') input: ExtendBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballotService.extend(actor, input));
  }

  @Mutation(() => Ballot, { description: 'Ends an open ballot as CANCELLED, with no outcome; the proposal goes back UNDER_REVIEW.' })
  @Authorize(Permission.RUN_BALLOTS)
  async cancelBallot(@CurrentActor() actor: Actor, @Args('input') input: CancelBallotInput): Promise<Ballot> {
    return Ballot.from(await this.ballotService.cancel(actor, input));
  }

  @ResolveField(() => [BallotPosition], { description: 'Who stands where, for participants only; states with no position are absent.' })
  async positions(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<BallotPosition[]> {
    this.ballotService.assertReader(actor);
    return (await loaders.get(this.positionService.positionsOf).load(ballot.id)).map(BallotPosition.from);
  }

  @ResolveField(() => [ParticipatingState], { description: 'The states ACTIVE when the ballot opened: they alone take positions.' })
  async eligibleStates(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState[]> {
    this.ballotService.assertReader(actor);
    return this.statesOf(await loaders.get(this.ballotService.eligibleOf).load(ballot.id), loaders);
  }

  @ResolveField(() => [ParticipatingState], { description: 'Eligible states that have taken no position yet (silent).' })
  async silentStates(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState[]> {
    this.ballotService.assertReader(actor);
    const [eligible, positions] = await Promise.all([loaders.get(this.ballotService.eligibleOf).load(ballot.id), loaders.get(this.positionService.positionsOf).load(ballot.id)]);
    const answered = new Set(positions.map((position) => position.stateId));
    return this.statesOf(eligible.filter((stateId) => !answered.has(stateId)), loaders);
  }

  @ResolveField(() => BallotVerdict, { nullable: true, description: 'What the rule would decide if the ballot closed now; null once it has ended.' })
  async verdictIfClosedNow(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<BallotVerdict | null> {
    this.ballotService.assertReader(actor);
    if (ballot.status !== BallotStatus.OPEN) return null;
    const positions = await loaders.get(this.positionService.positionsOf).load(ballot.id);
    const decision = decide(ballot.rule, positions.map((p) => p.position), ballot.eligibleCount, ballot.quorum, ballot.threshold);
    return { outcome: decision.outcome, reason: decision.reason, tally: BallotTally.from(decision.tally) };
  }

  @ResolveField(() => Proposal)
  async proposal(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<Proposal> {
    return Proposal.from(await loaders.get(this.proposals.visibleById).load({ actor, id: ballot.proposalId }));
  }

  @ResolveField(() => User, { description: 'The secretariat officer who opened it.' })
  async openedBy(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<User> {
    this.ballotService.assertReader(actor);
    return User.from((await loaders.get(this.users.byIdLoader).load(ballot.openedById))!);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who closed or cancelled it; null while open or when it closed at its deadline.' })
  async closedBy(@CurrentActor() actor: Actor, @Parent() ballot: Ballot, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    this.ballotService.assertReader(actor);
    if (!ballot.closedById) return null;
    return User.from((await loaders.get(this.users.byIdLoader).load(ballot.closedById))!);
  }

  private async statesOf(ids: readonly string[], loaders: RequestLoaders): Promise<ParticipatingState[]> {
    const states = await loaders.get(this.states.byId).loadMany(ids);
    return states
      .map((state) => ParticipatingState.from(state as Exclude<typeof state, Error | null>))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}
