import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Delivery, NotificationKind, Weekday } from '../notices/notification-kind';

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => Delivery)
  @IsEnum(Delivery)
  delivery: Delivery;

  @Field(() => Weekday, { nullable: true, description: 'Required for WEEKLY, refused otherwise.' })
  @IsOptional()
  @IsEnum(Weekday)
  weekday?: Weekday;
}
