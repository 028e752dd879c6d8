import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A code the list uses, with its name in English.' })
export class VocabularyTerm {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A customs nomenclature and the lengths its codes have.' })
export class CustomsSchemeRule {
  @Field()
  code: string;

  @Field(() => [Int], { description: 'Digits a code of this scheme has, e.g. 2, 4, 6 for HS2022.' })
  codeLengths: number[];
}

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

@ObjectType({ description: 'What an entry may say: reasons for control, other regimes, customs schemes, limits.' })
export class ListVocabulary {
  @Field(() => [VocabularyTerm])
  reasons: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'Regimes a related control may name.' })
  regimes: VocabularyTerm[];

  @Field(() => [CustomsSchemeRule])
  customsSchemes: CustomsSchemeRule[];

  @Field(() => ListLimits)
  limits: ListLimits;
}
