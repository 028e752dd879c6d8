import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { SegmentKind } from './redline';
import { SegmentKindEnum } from './redline.enums';

@ObjectType({ description: 'A run of text that is the same on both sides, only in the proposal, or only in the base.' })
export class DiffSegment {
  @Immutable()
  @Field(() => SegmentKindEnum)
  kind: SegmentKind;

  @Immutable()
  @Field()
  text: string;
}
