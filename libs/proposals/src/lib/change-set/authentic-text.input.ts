import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';
import { LIST_LIMITS } from '@concord/control-list';

@InputType({ description: 'The text in another language, to be authentic beside the English once adopted; it renders the English sent with it.' })
export class AuthenticTextInput {
  @Field({ description: 'e.g. fr, ja, pt-BR; never en (the English is the text itself).' })
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'language must be a code such as fr, ja or pt-BR' })
  language: string;

  @Field()
  @IsString()
  @Length(1, LIST_LIMITS.paragraphTextLength)
  text: string;
}

/** One text per language: a second one would silently replace the first. */
export const byLanguage = (text: AuthenticTextInput) => text.language;
