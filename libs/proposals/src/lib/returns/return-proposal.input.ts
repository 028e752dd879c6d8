import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class ReturnProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ description: 'Why, for every participant: e.g. "conflicts with P-2026-003, published in 2026.1; please rebase".' })
  @Length(1, 2000)
  reason: string;
}
