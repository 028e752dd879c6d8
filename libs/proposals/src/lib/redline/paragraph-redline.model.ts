import { Field, ObjectType } from '@nestjs/graphql';
import { ParagraphKindEnum } from '@concord/control-list';
import type { ParagraphKind } from '@concord/control-list';
import { Immutable } from '@concord/shared/graphql';
import type { LineChange } from './redline';
import { DiffSegment } from './diff-segment.model';
import { LanguageRedline } from './language-redline.model';
import { LineChangeEnum } from './redline.enums';

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

  @Immutable()
  @Field(() => [LanguageRedline], { description: 'The paragraph in each other authentic language.' })
  texts: LanguageRedline[];
}
