import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The limits every entry keeps, at import, drafting and publication alike.' })
export class ListLimits {
  @Field(() => Int) entryBytes: number;
  @Field(() => Int) headingLength: number;
  @Field(() => Int) paragraphsPerEntry: number;
  @Field(() => Int) paragraphTextLength: number;
  @Field(() => Int) pathLength: number;
  @Field(() => Int) reasonsPerEntry: number;
  @Field(() => Int) relatedControlsTextLength: number;
  @Field(() => Int) referencesPerEntry: number;
  @Field(() => Int) referenceCodeLength: number;
  @Field(() => Int) termsPerEntry: number;
  @Field(() => Int) termLength: number;
  @Field(() => Int) definitionTextLength: number;
  @Field(() => Int) correlationsPerEntry: number;
}
