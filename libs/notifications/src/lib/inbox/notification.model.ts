import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '@concord/shared/mail';
import { notificationLine } from '../mail/notification-texts';
import { Delivery, NotificationKind } from '../notices/notification-kind';
import { NotificationEntity } from '../notices/notification.entity';

@ObjectType({ description: 'One entry of my inbox.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'The sentence, in my language.' })
  text: string;

  @Field({ description: '`proposal`, `ballot` or `release`.' })
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'Path in the web application, e.g. /proposals/<id>.' })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  read: boolean;

  @Field(() => Delivery, { description: 'How it reached (or will reach) my mailbox.' })
  delivery: Delivery;

  static from(entity: NotificationEntity, locale: Locale): Notification {
    return Object.assign(new Notification(), {
      id: entity.id,
      kind: entity.kind,
      text: notificationLine(entity.kind, entity.params, locale),
      subjectType: entity.subjectType,
      subjectId: entity.subjectId,
      link: entity.link,
      createdAt: entity.createdAt,
      readAt: entity.readAt,
      read: entity.readAt !== null,
      delivery: entity.delivery,
    });
  }
}
