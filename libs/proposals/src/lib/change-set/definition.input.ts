import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, Length, ValidateNested } from 'class-validator';
import { LIST_LIMITS } from '@concord/control-list';
import { AuthenticTextInput, byLanguage } from './authentic-text.input';

@InputType()
export class DefinitionInput {
  @Field()
  @Length(1, LIST_LIMITS.termLength)
  term: string;

  @Field()
  @Length(1, LIST_LIMITS.definitionTextLength)
  text: string;

  @Field(() => [AuthenticTextInput], { defaultValue: [], description: 'The same text in other languages, authentic once adopted.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique(byLanguage, { message: 'one text per language' })
  @ValidateNested({ each: true })
  @Type(() => AuthenticTextInput)
  texts: AuthenticTextInput[];
}
