import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, Length, ValidateNested } from 'class-validator';
import { ChangeInput } from '../change-set/change.input';
import { JustificationInput } from './justification.input';

@InputType()
export class CreateProposalInput {
  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(1, 20000)
  rationale: string;

  @Field(() => JustificationInput)
  @ValidateNested()
  @Type(() => JustificationInput)
  justification: JustificationInput;

  @Field(() => [ChangeInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChangeInput)
  changes: ChangeInput[];
}
