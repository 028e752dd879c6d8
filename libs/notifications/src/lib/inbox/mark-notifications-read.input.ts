import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; leave out for all of mine.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  notificationIds?: string[];

  @Field({ nullable: true, defaultValue: true, description: 'false marks them unread again.' })
  @IsOptional()
  @IsBoolean()
  read?: boolean;
}
