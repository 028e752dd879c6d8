import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { StateStatus } from './participating-state.entity';

@InputType()
export class UpdateParticipatingStateInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => StateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(StateStatus)
  status?: StateStatus;
}
