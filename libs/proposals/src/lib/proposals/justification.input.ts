import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class JustificationInput {
  @Field({ description: 'The human-rights risk, with evidence of misuse.' })
  @IsString()
  @MaxLength(20000)
  humanRightsRisk: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  evidenceOfMisuse: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  foreignAvailability: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  controllability: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  clarity: string;
}
