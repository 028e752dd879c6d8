import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One broken rule, at the field it names, e.g. changes[0].entry.paragraphs[2].path.' })
export class FieldProblemModel {
  @Field()
  field: string;

  @Field()
  message: string;
}
