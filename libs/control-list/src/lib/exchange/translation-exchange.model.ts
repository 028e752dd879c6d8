import { Field, Int, ObjectType } from '@nestjs/graphql';
import { XliffFormat } from './xliff-format';

@ObjectType({ description: "A release's texts as XLIFF: English sources, and as targets the authentic texts (final) and the caller's delegation's translations." })
export class TranslationExchange {
  @Field()
  version: string;

  @Field()
  language: string;

  @Field(() => XliffFormat)
  xliffVersion: XliffFormat;

  @Field({ description: 'A name to save the file under, e.g. concord-2026.0.fr.xlf.' })
  fileName: string;

  @Field(() => Int, { description: 'Headings, paragraphs and definitions in the file.' })
  units: number;

  @Field(() => Int, { description: 'Units whose target is filled.' })
  translated: number;

  @Field({ description: 'The XLIFF document.' })
  xliff: string;
}
