import { NotificationEntity } from './lib/notices/notification.entity';
import { NotificationPreferenceEntity } from './lib/preferences/notification-preference.entity';

export * from './lib/digests/digest-schedule';
export * from './lib/digests/digests.service';
export * from './lib/notices/notice';
export * from './lib/notices/notification-kind';
export * from './lib/notices/notification.entity';
export * from './lib/notices/notifications.service';
export * from './lib/notifications.module';
export * from './lib/preferences/notification-preference.entity';
export * from './lib/preferences/notification-preferences.service';
export * from './lib/notification-error-reason';
export * from './lib/notification-audit-action';

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationPreferenceEntity];
