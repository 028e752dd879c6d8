import { Field, ObjectType } from '@nestjs/graphql';
import { VocabularyTerm } from './vocabulary-term.model';
import { CustomsSchemeRule } from './customs-scheme-rule.model';
import { ListLimits } from './list-limits.model';

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
