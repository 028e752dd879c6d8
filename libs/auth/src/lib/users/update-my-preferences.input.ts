import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Locale } from '@concord/shared/mail';

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => Locale, { nullable: true, description: 'The language of my mail and notifications.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}
