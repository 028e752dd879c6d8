import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';
import { LIST_LIMITS, ParagraphKindEnum } from '@concord/control-list';
import type { ParagraphKind } from '@concord/control-list';

@InputType()
export class ParagraphInput {
  @Field({ description: 'e.g. 5A001.j.1.a; a note carries the path of the paragraph it belongs to.' })
  @IsString()
  @MaxLength(LIST_LIMITS.pathLength)
  path: string;

  @Field(() => ParagraphKindEnum)
  @IsIn(Object.values(ParagraphKindEnum))
  kind: ParagraphKind;

  @Field()
  @IsString()
  @Length(1, LIST_LIMITS.paragraphTextLength)
  text: string;
}
