import { MailMessageEntity } from './lib/mail-message.entity';

export * from './lib/html';
export * from './lib/locale';
export * from './lib/mail-message.entity';
export * from './lib/mail-outbox';
export * from './lib/mail-transport';
export * from './lib/mail-worker';
export * from './lib/mail.module';

export const MAIL_ENTITIES = [MailMessageEntity];
