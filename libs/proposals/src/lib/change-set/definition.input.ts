import { Field, InputType } from '@nestjs/graphql';
import { Length } from 'class-validator';
import { LIST_LIMITS } from '@concord/control-list';

@InputType()
export class DefinitionInput {
  @Field()
  @Length(1, LIST_LIMITS.termLength)
  term: string;

  @Field()
  @Length(1, LIST_LIMITS.definitionTextLength)
  text: string;
}
