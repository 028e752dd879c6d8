import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';

/** submitProposal, withdrawProposal, joinProposal, leaveProposal. */
@InputType()
export class ProposalActionInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => Int, { nullable: true, description: 'For submitProposal: the revision being submitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}
