import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Position } from '../decision/ballot-terms';

@InputType()
export class CastPositionInput {
  @Field(() => ID)
  @IsUUID()
  ballotId: string;

  @Field(() => Position)
  @IsEnum(Position)
  position: Position;

  @Field({ nullable: true, description: 'An explanation of the position, e.g. what a reservation is waiting for.' })
  @IsOptional()
  @Length(1, 5000)
  statement?: string;
}
