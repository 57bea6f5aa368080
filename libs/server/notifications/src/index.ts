import { NotificationResolver } from './lib/notification.resolver';

export { NotificationsModule } from './lib/notifications.module';
export { Notification, NotificationPreference } from './lib/dto/notification.model';

/** Resolver classes, for generating the schema without a database. */
export const NOTIFICATION_RESOLVERS = [NotificationResolver];
