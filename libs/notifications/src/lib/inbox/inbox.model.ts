import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@concord/shared/graphql';
import { Notification } from './notification.model';

export const NotificationConnection = ConnectionType(Notification);
export type NotificationConnection = InstanceType<typeof NotificationConnection>;

@ObjectType({ description: 'My notifications, newest first.' })
export class Inbox {
  @Field(() => Int)
  unreadCount: number;

  @Field(() => NotificationConnection)
  notifications: NotificationConnection;
}
