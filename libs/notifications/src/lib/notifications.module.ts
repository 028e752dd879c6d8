import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { DigestScheduler } from './digests/digest-scheduler';
import { DigestsService } from './digests/digests.service';
import { InboxResolver } from './inbox/inbox.resolver';
import { InboxService } from './inbox/inbox.service';
import { DevMailOutboxResolver } from './mail/dev-mail-outbox.resolver';
import { DevMailOutboxService } from './mail/dev-mail-outbox.service';
import { NotificationsService } from './notices/notifications.service';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

/** Global like events: proposals, ballots and releases notify people in one call inside their transactions. */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    NotificationsService,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
    InboxService,
    InboxResolver,
    DigestsService,
    DigestScheduler,
    DevMailOutboxService,
    DevMailOutboxResolver,
  ],
  exports: [NotificationsService, DigestsService],
})
export class NotificationsModule {}
