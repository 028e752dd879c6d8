import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PreviewReleaseInput } from './preview-release.input';

@InputType()
export class PublishReleaseInput extends PreviewReleaseInput {
  @Field({ description: 'YYYY.N: the next number of the latest release\'s year, or .1 of a later year (VERSION_NOT_NEXT otherwise).' })
  @Matches(/^[0-9]{4}\.(0|[1-9][0-9]{0,5})$/, { message: 'version must be YYYY.N, e.g. 2026.1' })
  version: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the list applies.' })
  @IsOptional()
  @Matches(/^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom?: string | null;
}
