import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { ChangeInput } from '../change-set/change.input';
import { JustificationInput } from './justification.input';

@InputType({ description: 'A new revision. Omitted fields keep their current content.' })
export class ReviseProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => Int, { description: 'The revision this edit was made against; if it is no longer current the edit is refused (STALE_REVISION).' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 20000)
  rationale?: string;

  @Field(() => JustificationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JustificationInput)
  justification?: JustificationInput;

  @Field(() => [ChangeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChangeInput)
  changes?: ChangeInput[];
}
