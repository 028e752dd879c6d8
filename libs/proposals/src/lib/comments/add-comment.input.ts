import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the current revision.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  changeIndex?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  paragraphPath?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  replyTo?: string;

  @Field()
  @Length(1, 10000)
  body: string;
}
