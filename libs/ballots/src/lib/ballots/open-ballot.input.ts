import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Min } from 'class-validator';
import { BallotRule } from '../decision/ballot-terms';

@InputType()
export class OpenBallotInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => BallotRule)
  @IsEnum(BallotRule)
  rule: BallotRule;

  @Field({ description: 'When the ballot closes by itself; must be in the future (INVALID_CLOSING_TIME).' })
  @IsDate()
  closesAt: Date;

  @Field(() => Float, {
    nullable: true,
    description:
      'CONSENSUS and QUALIFIED_MAJORITY: the fraction in (0, 1] of the states ACTIVE at opening that must take a position ' +
      '(abstaining counts). Default 0.5. SILENCE takes none: silence is consent.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quorum?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'QUALIFIED_MAJORITY only: the share of SUPPORT in SUPPORT + OBJECT needed, in (0.5, 1]. Default 2/3.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  threshold?: number;

  @Field(() => Int, { nullable: true, description: 'The revision you mean to put to the vote; refused with STALE_REVISION if it is no longer current.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}
