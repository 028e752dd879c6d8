import { Global, Module } from '@nestjs/common';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { MailOutbox } from './mail-outbox';
import { FolderTransport, mailOutboxFolder, MemoryTransport, SmtpTransport } from './mail-transport';
import { MAIL_TRANSPORT, MailWorker } from './mail-worker';

/** Global: any use case may queue mail in its transaction (password resets, notifications). */
@Global()
@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [CONCORD_CONFIG],
      useFactory: (config: ConcordConfig) => {
        if (config.smtpUrl) return new SmtpTransport(config.smtpUrl, config.mailSendTimeoutMs);
        return config.environment === 'test' ? new MemoryTransport() : new FolderTransport(mailOutboxFolder(config.dataDir));
      },
    },
    MailWorker,
    MailOutbox,
  ],
  exports: [MailOutbox, MailWorker],
})
export class MailModule {}
