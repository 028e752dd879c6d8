import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { XliffFormat } from './xliff-format';

@InputType({ description: 'A release as XLIFF for translators into one language.' })
export class TranslationExchangeInput {
  @Field({ description: 'e.g. 2026.0.' })
  @IsString()
  @Length(1, 40)
  version: string;

  @Field({ description: 'The language to translate into: fr, ja, pt-BR; never en.' })
  @IsString()
  @Length(2, 12)
  language: string;

  @Field(() => XliffFormat, { defaultValue: XliffFormat.XLIFF_2_1 })
  @IsIn(Object.values(XliffFormat))
  xliffVersion: XliffFormat;

  @Field(() => [String], { nullable: true, description: 'Only these entries (e.g. 5A001) and the definitions they use; the whole release when absent.' })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  codes?: string[] | null;
}
