import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class IssuePasswordResetInput {
  @Field(() => ID, { description: 'The person who receives a reset link by mail; the secretariat never sees it.' })
  @IsUUID()
  userId: string;
}
