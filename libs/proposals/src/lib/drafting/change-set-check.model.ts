import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One broken rule, at the field it names, e.g. changes[0].entry.paragraphs[2].path.' })
export class FieldProblemModel {
  @Field()
  field: string;

  @Field()
  message: string;
}

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
