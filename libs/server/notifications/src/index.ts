import { NotificationResolver } from './lib/notification.resolver';

export { NotificationsModule } from './lib/notifications.module';
export {
  EmailDigestSettings,
  Notification,
  NotificationPreference,
} from './lib/dto/notification.model';
export { DigestService } from './lib/digest/digest.service';
export { NotificationPreferencesReader } from './lib/notification-preferences.reader';

/** Resolver classes, for generating the schema without a database. */
export const NOTIFICATION_RESOLVERS = [NotificationResolver];
