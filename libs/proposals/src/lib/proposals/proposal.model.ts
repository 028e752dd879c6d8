import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProposalStatus } from '../lifecycle/proposal-status';
import { ProposalEntity } from './proposal.entity';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'DRAFT → UNDER_REVIEW → VOTING → ADOPTED | REJECTED → INCORPORATED. WITHDRAWN by the sponsor before adoption. A REJECTED ' +
    'proposal can be revised and resubmitted; a cancelled ballot or a return by the secretariat puts it back UNDER_REVIEW.',
});

@ObjectType({ description: 'A proposed change to the list, with its revisions and comments.' })
export class Proposal {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. P-2026-014' })
  reference: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Int)
  currentRevision: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  sponsorStateId: string;

  static from(entity: ProposalEntity): Proposal {
    return Object.assign(new Proposal(), {
      id: entity.id,
      reference: entity.reference,
      status: entity.status,
      currentRevision: entity.currentRevision,
      createdAt: entity.createdAt,
      submittedAt: entity.submittedAt,
      decidedAt: entity.decidedAt,
      sponsorStateId: entity.sponsorStateId,
    });
  }
}
