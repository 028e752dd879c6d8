import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field()
  @Length(1, 10000)
  body: string;
}
