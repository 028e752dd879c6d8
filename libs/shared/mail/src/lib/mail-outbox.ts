import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from './locale';
import { MailMessageEntity } from './mail-message.entity';
import { MailWorker } from './mail-worker';

export interface MailToQueue {
  to: string;
  locale: Locale;
  category: string;
  subject: string;
  text: string;
  html: string;
}

/** The one way to send mail: queue it inside the transaction of what it tells of. */
@Injectable()
export class MailOutbox {
  constructor(private readonly worker: MailWorker) {}

  async enqueue(manager: EntityManager, mails: MailToQueue[]): Promise<void> {
    if (!mails.length) return;
    await manager.insert(
      MailMessageEntity,
      mails.map((mail) => ({
        recipient: mail.to,
        locale: mail.locale,
        category: mail.category,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      })),
    );
    this.worker.wakeAfterCommit(manager);
  }
}
