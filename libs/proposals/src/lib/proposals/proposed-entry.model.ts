import { Field, ObjectType } from '@nestjs/graphql';
import { CustomsCorrelation, Paragraph, RelatedControls } from '@concord/control-list';
import type { EntryStatus, ListEntry } from '@concord/control-list';
import { authenticLanguageTexts, EntryStatusEnum, LanguageText } from '@concord/control-list';

@ObjectType({ description: 'An entry as a proposal would have it.' })
export class ProposedEntry {
  @Field()
  code: string;

  @Field()
  heading: string;

  @Field(() => [LanguageText], { description: 'The heading in other languages, authentic once adopted.' })
  headingTexts: LanguageText[];

  @Field(() => EntryStatusEnum)
  status: EntryStatus;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [Paragraph])
  paragraphs: Paragraph[];

  @Field(() => RelatedControls)
  relatedControls: RelatedControls;

  @Field(() => [String])
  definitions: string[];

  @Field(() => [CustomsCorrelation])
  correlations: CustomsCorrelation[];

  static from(entry: ListEntry): ProposedEntry {
    return Object.assign(new ProposedEntry(), {
      ...entry,
      headingTexts: authenticLanguageTexts(entry.headingTexts, entry.heading),
      paragraphs: entry.paragraphs.map(({ texts, ...paragraph }, position) => ({ ...paragraph, position, proposedTexts: texts })),
    });
  }
}
