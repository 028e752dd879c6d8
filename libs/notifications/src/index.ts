import { NotificationEntity } from './lib/notices/notification.entity';
import { NotificationPreferenceEntity } from './lib/preferences/notification-preference.entity';

export * from './lib/notices/notification-kind';
export * from './lib/notices/notification.entity';
export * from './lib/preferences/notification-preference.entity';

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationPreferenceEntity];
