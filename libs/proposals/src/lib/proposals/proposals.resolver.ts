import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission, StatesService } from '@concord/auth';
import { ConnectionType, Loaders, PageArgs, ParseIdPipe, RequestLoaders } from '@concord/shared/graphql';
import { Comment } from '../comments/comment.model';
import { CommentsService } from '../comments/comments.service';
import { ChangeSetCheck } from '../drafting/change-set-check.model';
import { DraftingService } from '../drafting/drafting.service';
import { ValidateChangesInput } from '../drafting/validate-changes.input';
import { RebasePlan } from '../rebase/rebase-plan.model';
import { RebaseProposalInput } from '../rebase/rebase-proposal.input';
import { ProposalReturn } from '../returns/proposal-return.model';
import { ReturnProposalInput } from '../returns/return-proposal.input';
import { CreateProposalInput } from './create-proposal.input';
import { ProposalActionInput } from './proposal-action.input';
import { ProposalActionsService } from './proposal-actions.service';
import { ProposalRevision } from './proposal-revision.model';
import { Proposal } from './proposal.model';
import { ProposalsArgs } from './proposals.args';
import { ProposalsService } from './proposals.service';
import { ReviseProposalInput } from './revise-proposal.input';

export const ProposalConnection = ConnectionType(Proposal);
export type ProposalConnection = InstanceType<typeof ProposalConnection>;
export const CommentConnection = ConnectionType(Comment);
export type CommentConnection = InstanceType<typeof CommentConnection>;

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly proposalService: ProposalsService,
    private readonly drafting: DraftingService,
    private readonly actions: ProposalActionsService,
    private readonly commentService: CommentsService,
    private readonly states: StatesService,
  ) {}

  @Query(() => ProposalConnection, { description: 'Proposals you may see, newest first: drafts of your own delegation, and every submitted one.' })
  @Authorize(Permission.READ_DELIBERATIONS)
  async proposals(@CurrentActor() actor: Actor, @Args() args: ProposalsArgs): Promise<ProposalConnection> {
    const page = await this.proposalService.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Proposal.from(edge.node) })) };
  }

  @Query(() => Proposal)
  @Authorize(Permission.READ_DELIBERATIONS)
  async proposal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Proposal> {
    return Proposal.from(await this.proposalService.byId(actor, id));
  }

  @Query(() => ChangeSetCheck, { description: 'Checks a change set as createProposal and reviseProposal would, without saving it. Delegations only.' })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async validateChanges(@CurrentActor() actor: Actor, @Args('input') input: ValidateChangesInput): Promise<ChangeSetCheck> {
    return this.drafting.check(actor, input);
  }

  @Mutation(() => Proposal, { description: 'A new DRAFT of your delegation, against the latest release.' })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async createProposal(@CurrentActor() actor: Actor, @Args('input') input: CreateProposalInput): Promise<Proposal> {
    return Proposal.from(await this.drafting.create(actor, input));
  }

  @Mutation(() => Proposal, { description: 'A new revision; refused with STALE_REVISION if expectedRevision is not the current one.' })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async reviseProposal(@CurrentActor() actor: Actor, @Args('input') input: ReviseProposalInput): Promise<Proposal> {
    return Proposal.from(await this.drafting.revise(actor, input));
  }

  @Mutation(() => Proposal, {
    description:
      'A new revision against the latest release, redlines recomputed. Refused with MERGE_REQUIRED (one field per change) ' +
      'where a base entry or definition changed, until `changes` supplies the merged text.',
  })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async rebaseProposal(@CurrentActor() actor: Actor, @Args('input') input: RebaseProposalInput): Promise<Proposal> {
    return Proposal.from(await this.drafting.rebase(actor, input));
  }

  @Mutation(() => Proposal, {
    description:
      'DRAFT or REJECTED → UNDER_REVIEW: every participant can see and comment on it. Refused with REBASE_REQUIRED when a ' +
      'newer release changed what it touches.',
  })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async submitProposal(@CurrentActor() actor: Actor, @Args('input') input: ProposalActionInput): Promise<Proposal> {
    return Proposal.from(await this.actions.submit(actor, input));
  }

  @Mutation(() => Proposal, { description: 'The sponsor withdraws the proposal, at any point before adoption.' })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async withdrawProposal(@CurrentActor() actor: Actor, @Args('input') input: ProposalActionInput): Promise<Proposal> {
    return Proposal.from(await this.actions.withdraw(actor, input));
  }

  @Mutation(() => Proposal, {
    description: 'ADOPTED (not yet released) → UNDER_REVIEW, with a reason every participant sees; it must be balloted again. Secretariat only.',
  })
  @Authorize(Permission.RETURN_PROPOSALS)
  async returnProposal(@CurrentActor() actor: Actor, @Args('input') input: ReturnProposalInput): Promise<Proposal> {
    return Proposal.from(await this.actions.return(actor, input));
  }

  @Mutation(() => Proposal, { description: 'Your state co-sponsors the proposal (while under review).' })
  @Authorize(Permission.DRAFT_PROPOSALS)
  async joinProposal(@CurrentActor() actor: Actor, @Args('input') input: ProposalActionInput): Promise<Proposal> {
    return Proposal.from(await this.actions.join(actor, input));
  }

  @Mutation(() => Proposal)
  @Authorize(Permission.DRAFT_PROPOSALS)
  async leaveProposal(@CurrentActor() actor: Actor, @Args('input') input: ProposalActionInput): Promise<Proposal> {
    return Proposal.from(await this.actions.leave(actor, input));
  }

  @ResolveField(() => ParticipatingState)
  async sponsor(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState> {
    return ParticipatingState.from((await loaders.get(this.states.byId).load(proposal.sponsorStateId))!);
  }

  @ResolveField(() => [ParticipatingState])
  async cosponsors(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState[]> {
    const ids = await loaders.get(this.proposalService.cosponsorsOf).load(proposal.id);
    const states = await loaders.get(this.states.byId).loadMany(ids);
    return states.map((state) => ParticipatingState.from(state as Exclude<typeof state, Error | null>));
  }

  @ResolveField(() => String, { description: 'Version of the release the current revision is written against.' })
  async baseReleaseVersion(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<string> {
    const current = await this.currentRevision(proposal, loaders);
    return (await loaders.get(this.proposalService.releasesById).load(current.baseReleaseId))!.version;
  }

  @ResolveField(() => ProposalRevision, { description: 'The current revision: title, rationale, justification and changes.' })
  async revision(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<ProposalRevision> {
    return ProposalRevision.from(await this.currentRevision(proposal, loaders));
  }

  @ResolveField(() => [ProposalRevision], { description: 'Every revision, r1 first.' })
  async revisions(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<ProposalRevision[]> {
    return (await loaders.get(this.proposalService.revisionsOf).load(proposal.id)).map(ProposalRevision.from);
  }

  @ResolveField(() => [ProposalReturn], { description: 'Each time the secretariat returned the adopted proposal to review, newest first.' })
  async returns(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<ProposalReturn[]> {
    return (await loaders.get(this.proposalService.returnsOf).load(proposal.id)).map(ProposalReturn.from);
  }

  @ResolveField(() => RebasePlan, { description: 'What moving the current revision onto the latest release would take.' })
  async rebase(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<RebasePlan> {
    return loaders.get(this.proposalService.rebasePlansOf).load(await this.currentRevision(proposal, loaders));
  }

  @ResolveField(() => Int)
  async commentCount(@Parent() proposal: Proposal, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.commentService.countsOf).load(proposal.id);
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first; replies carry replyTo.' })
  async comments(
    @CurrentActor() actor: Actor,
    @Parent() proposal: Proposal,
    @Args() args: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommentConnection> {
    const page = await loaders.get(this.commentService.pagesOf).load({ actor, proposalId: proposal.id, args });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Comment.from(edge.node) })) };
  }

  private async currentRevision(proposal: Proposal, loaders: RequestLoaders) {
    const revisions = await loaders.get(this.proposalService.revisionsOf).load(proposal.id);
    return revisions.find((r) => r.number === proposal.currentRevision)!;
  }
}
