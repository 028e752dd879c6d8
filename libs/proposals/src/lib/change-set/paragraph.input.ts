import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { LIST_LIMITS, ParagraphKindEnum } from '@concord/control-list';
import type { ParagraphKind } from '@concord/control-list';
import { AuthenticTextInput, byLanguage } from './authentic-text.input';

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

  @Field(() => [AuthenticTextInput], { defaultValue: [], description: 'The same text in other languages, authentic once adopted.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique(byLanguage, { message: 'one text per language' })
  @ValidateNested({ each: true })
  @Type(() => AuthenticTextInput)
  texts: AuthenticTextInput[];
}
