import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { LineChange } from './redline';
import { DiffSegment } from './diff-segment.model';
import { LineChangeEnum } from './redline.enums';

@ObjectType({ description: 'The change of an authentic text in one language other than English, word by word.' })
export class LanguageRedline {
  @Immutable()
  @Field({ description: 'e.g. fr.' })
  language: string;

  @Immutable()
  @Field(() => LineChangeEnum)
  change: LineChange;

  @Immutable()
  @Field(() => [DiffSegment])
  segments: DiffSegment[];
}
