import { EntityManager } from 'typeorm';
import { AccessPolicy, Actor, isDelegation, Permission, UserActor } from '@concord/auth';
import { EventBus } from '@concord/events';
import { conflict, forbidden } from '@concord/shared/graphql';
import { proposalEvent, ProposalEventType } from '../events/proposal-events';
import { describeStatus, isEditable } from '../lifecycle/proposal-status';
import { ProposalEntity } from './proposal.entity';
import { ProposalErrorReason } from '../proposal-error-reason';

export type Delegate = UserActor & { stateId: string; stateCode: string };

/** Drafting is the delegations' work (DESIGN §7); the resolver declared it, the service checks it again here. */
export function assertDelegate(access: AccessPolicy, actor: Actor): Delegate {
  access.assert(actor, Permission.DRAFT_PROPOSALS);
  if (!isDelegation(actor)) throw forbidden('Only delegations draft proposals');
  return actor as Delegate;
}

export function assertSponsor(delegate: Delegate, proposal: ProposalEntity): void {
  if (proposal.sponsorStateId !== delegate.stateId) {
    throw forbidden('Only the sponsoring delegation may change or withdraw its proposal', ProposalErrorReason.NOT_SPONSOR);
  }
}

export function assertEditable(proposal: ProposalEntity): void {
  if (!isEditable(proposal.status)) {
    throw conflict(`A proposal that is ${describeStatus(proposal.status)} is frozen`, ProposalErrorReason.PROPOSAL_FROZEN);
  }
}

/** Every edit names the revision it was made against; a stale one is refused, never merged. */
export function assertCurrent(proposal: ProposalEntity, expectedRevision: number): void {
  if (proposal.currentRevision !== expectedRevision) {
    throw conflict(
      `This edit was made against revision ${expectedRevision}, but the proposal is at revision ${proposal.currentRevision}: reload and edit again`,
      ProposalErrorReason.STALE_REVISION,
    );
  }
}

/** The proposal as changed, announced to subscribers once the transaction commits. */
export async function announce(manager: EntityManager, events: EventBus, type: ProposalEventType, proposalId: string): Promise<ProposalEntity> {
  const proposal = await manager.findOneByOrFail(ProposalEntity, { id: proposalId });
  events.publishAfterCommit(manager, proposalEvent(type, proposal));
  return proposal;
}
