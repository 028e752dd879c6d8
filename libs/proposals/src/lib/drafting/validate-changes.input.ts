import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ChangeInput } from '../change-set/change.input';

@InputType({ description: 'A change set to check without saving it: the same check as createProposal and reviseProposal.' })
export class ValidateChangesInput {
  @Field(() => ID, { nullable: true, description: 'Check against the base of this proposal\'s current revision; omitted, against the latest release.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field(() => [ChangeInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChangeInput)
  changes: ChangeInput[];
}
