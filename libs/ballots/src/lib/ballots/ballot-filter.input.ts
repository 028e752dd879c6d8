import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { BallotStatus } from '../decision/ballot-terms';

@InputType({ description: 'Every given condition must hold.' })
export class BallotFilter {
  @Field(() => BallotStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BallotStatus)
  status?: BallotStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field({ nullable: true, description: 'A state (ISO code) that may take a position and has none yet: open ballots only.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'awaitingPositionFrom must be a state code such as JP' })
  awaitingPositionFrom?: string;
}
