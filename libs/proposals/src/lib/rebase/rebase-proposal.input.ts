import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { ChangeInput } from '../change-set/change.input';

@InputType({ description: 'Moves a proposal onto the latest release as a new revision.' })
export class RebaseProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => Int, { description: 'The revision being rebased; refused with STALE_REVISION if it is no longer current.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field(() => [ChangeInput], {
    nullable: true,
    description:
      'The whole change set as it should read on the latest release. Required when a change\'s base moved (MERGE_REQUIRED ' +
      'lists them, as does Proposal.rebase); omitted, the changes carry over unchanged.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChangeInput)
  changes?: ChangeInput[];
}
