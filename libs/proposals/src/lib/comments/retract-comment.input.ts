import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RetractCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;
}
