import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { TextKind } from './text-status';

@InputType({ description: 'Where a translation belongs: a paragraph by kind, path and occurrence, a HEADING by entry code, a DEFINITION by term.' })
export class TranslationPlaceInput {
  @Field(() => TextKind)
  @IsIn(Object.values(TextKind))
  kind: TextKind;

  @Field({ description: 'A paragraph path (5A001.j.1.a), an entry code for a HEADING, a term for a DEFINITION.' })
  @IsString()
  @Length(1, 200)
  path: string;

  @Field(() => Int, { defaultValue: 0, description: 'Which of several paragraphs of this kind under this path, from 0.' })
  @IsInt()
  @Min(0)
  occurrence: number;
}

@InputType({ description: 'One translated unit and the English it translates.' })
export class TranslationUnitInput extends TranslationPlaceInput {
  @Field()
  @IsString()
  @Length(1, 20000)
  text: string;

  @Field({ description: 'SHA-256 (hex) of the English text translated, as LanguageText.sourceDigest gives it.' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sourceDigest must be 64 lower-case hex digits' })
  sourceDigest: string;
}
