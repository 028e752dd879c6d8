import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { StateStatus } from './participating-state.entity';

@InputType()
export class CreateParticipatingStateInput {
  @Field({ description: 'ISO 3166-1 alpha-2 code, upper case.' })
  @Matches(/^[A-Z]{2}$/, { message: 'code must be an ISO 3166-1 alpha-2 code in upper case, e.g. JP' })
  code: string;

  @Field()
  @Length(1, 120)
  name: string;

  @Field(() => StateStatus, { nullable: true, defaultValue: StateStatus.ACTIVE })
  @IsOptional()
  @IsEnum(StateStatus)
  status?: StateStatus;
}
