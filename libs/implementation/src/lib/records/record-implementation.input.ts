import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { ImplementationStatus, LEGAL_REFERENCE_MAX, MAX_DEVIATIONS } from '../implementation-terms';
import { DeviationInput } from './deviation.input';

@InputType({ description: "A state's implementation of a release, as a whole: what is recorded replaces the previous record and its deviations." })
export class RecordImplementationInput {
  @Field({ description: 'The release, e.g. 2026.0 (published or superseded).' })
  @Length(1, 20)
  version: string;

  @Field({ description: "Your own state's code, e.g. FR: a delegation records only its own state's implementation." })
  @Matches(/^[A-Z]{2}$/, { message: 'state must be an ISO 3166-1 alpha-2 code such as FR' })
  state: string;

  @Field(() => Int, {
    description: 'The revision this record was made against (0 when the state has none yet); if another was recorded since, it is refused (STALE_REVISION).',
  })
  @IsInt()
  @Min(0)
  expectedRevision: number;

  @Field(() => ImplementationStatus)
  @IsEnum(ImplementationStatus)
  status: ImplementationStatus;

  @Field(() => String, { nullable: true, description: `The national act, 1 to ${LEGAL_REFERENCE_MAX} characters; required once IMPLEMENTED.` })
  @IsOptional()
  @Length(1, LEGAL_REFERENCE_MAX)
  legalReference?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the national act applies; required once IMPLEMENTED.' })
  @IsOptional()
  @Length(1, 10)
  entryIntoForce?: string | null;

  @Field(() => [DeviationInput], { defaultValue: [], description: 'Exactly when IMPLEMENTED_WITH_DEVIATIONS: one per entry transposed differently.' })
  @IsArray()
  @ArrayMaxSize(MAX_DEVIATIONS)
  @ValidateNested({ each: true })
  @Type(() => DeviationInput)
  deviations: DeviationInput[];
}
