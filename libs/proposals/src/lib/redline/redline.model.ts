import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParagraphKindEnum } from '@concord/control-list';
import type { ParagraphKind } from '@concord/control-list';
import { Immutable } from '@concord/shared/graphql';
import type { FieldRedline as FieldRedlineData, LineChange, SegmentKind } from './redline';

const SegmentKindEnum = { EQUAL: 'EQUAL', INSERTED: 'INSERTED', DELETED: 'DELETED' } as const;
const LineChangeEnum = { UNCHANGED: 'UNCHANGED', ADDED: 'ADDED', REMOVED: 'REMOVED', CHANGED: 'CHANGED' } as const;
registerEnumType(SegmentKindEnum, { name: 'SegmentKind' });
registerEnumType(LineChangeEnum, { name: 'LineChange' });

@ObjectType({ description: 'A run of text that is the same on both sides, only in the proposal, or only in the base.' })
export class DiffSegment {
  @Immutable()
  @Field(() => SegmentKindEnum)
  kind: SegmentKind;

  @Immutable()
  @Field()
  text: string;
}

@ObjectType()
export class FieldRedline {
  @Immutable()
  @Field(() => String, { description: 'code, heading, status, reasons, relatedControls, definitions, correlations; term, text for definitions.' })
  field: FieldRedlineData['field'];

  @Immutable()
  @Field(() => LineChangeEnum)
  change: LineChange;

  @Immutable()
  @Field(() => [DiffSegment])
  segments: DiffSegment[];
}

@ObjectType()
export class ParagraphRedline {
  @Immutable()
  @Field()
  path: string;

  @Immutable()
  @Field(() => ParagraphKindEnum)
  kind: ParagraphKind;

  @Immutable()
  @Field(() => LineChangeEnum)
  change: LineChange;

  @Immutable()
  @Field(() => [DiffSegment])
  segments: DiffSegment[];
}

@ObjectType({ description: 'The change against the base release, field by field and paragraph by paragraph, word by word.' })
export class Redline {
  @Immutable()
  @Field(() => [FieldRedline])
  fields: FieldRedline[];

  @Immutable()
  @Field(() => [ParagraphRedline])
  paragraphs: ParagraphRedline[];
}
