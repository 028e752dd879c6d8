import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { FieldRedline as FieldRedlineData, LineChange } from './redline';
import { DiffSegment } from './diff-segment.model';
import { LineChangeEnum } from './redline.enums';

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
