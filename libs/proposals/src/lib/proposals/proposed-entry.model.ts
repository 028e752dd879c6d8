import { Field, ObjectType } from '@nestjs/graphql';
import { CustomsCorrelation, Paragraph, RelatedControls } from '@concord/control-list';
import type { EntryStatus, ListEntry } from '@concord/control-list';
import { EntryStatusEnum } from '@concord/control-list';

@ObjectType({ description: 'An entry as a proposal would have it.' })
export class ProposedEntry {
  @Field()
  code: string;

  @Field()
  heading: string;

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
      paragraphs: entry.paragraphs.map((paragraph, position) => ({ ...paragraph, position })),
    });
  }
}
