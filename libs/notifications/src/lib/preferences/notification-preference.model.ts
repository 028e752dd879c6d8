import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Delivery, NotificationKind, Weekday } from '../notices/notification-kind';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(Delivery, { name: 'NotificationDelivery' });
registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType({ description: 'How one kind of notification reaches me.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Delivery)
  delivery: Delivery;

  @Field(() => Weekday, { nullable: true, description: 'The day of a WEEKLY digest.' })
  weekday: Weekday | null;

  @Field({ description: 'False while I have not chosen: the default applies.' })
  chosen: boolean;
}
