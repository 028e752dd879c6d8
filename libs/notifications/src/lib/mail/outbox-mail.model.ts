import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MailMessageEntity, MailStatus } from '@concord/shared/mail';

registerEnumType(MailStatus, { name: 'MailStatus' });

@ObjectType({ description: 'A message of the development mail outbox (no SMTP_URL): what would have been mailed.' })
export class OutboxMail {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  html: string;

  @Field()
  locale: string;

  @Field({ description: '`password_reset`, `notification:<KIND>`, `digest:DAILY` …' })
  category: string;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  static from(entity: MailMessageEntity): OutboxMail {
    return Object.assign(new OutboxMail(), {
      id: entity.id,
      to: entity.recipient,
      subject: entity.subject,
      text: entity.textBody,
      html: entity.htmlBody,
      locale: entity.locale,
      category: entity.category,
      status: entity.status,
      createdAt: entity.createdAt,
      sentAt: entity.sentAt,
    });
  }
}
