import { Field, ObjectType } from '@nestjs/graphql';
import { FieldProblemModel } from './field-problem.model';

@ObjectType({ description: 'What drafting would say of a change set: refusals by field, and warnings.' })
export class ChangeSetCheck {
  @Field({ description: 'True when createProposal or reviseProposal would accept these changes.' })
  valid: boolean;

  @Field(() => [FieldProblemModel])
  problems: FieldProblemModel[];

  @Field(() => [String])
  warnings: string[];

  @Field({ description: 'The release the changes were checked against.' })
  baseVersion: string;
}
