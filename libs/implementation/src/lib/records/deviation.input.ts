import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, Length } from 'class-validator';
import { DeviationReason, EXPLANATION_MAX } from '../implementation-terms';

@InputType()
export class DeviationInput {
  @Field({ description: 'An entry of the release being implemented, e.g. 5A001.' })
  @Length(1, 20)
  entryCode: string;

  @Field(() => DeviationReason)
  @IsEnum(DeviationReason)
  reason: DeviationReason;

  @Field({ description: `How national law departs from the entry, 1 to ${EXPLANATION_MAX} characters.` })
  @Length(1, EXPLANATION_MAX)
  explanation: string;
}
