import { Module } from '@nestjs/common';
import { RealtimeModule } from '@outloud/realtime';
import { NotificationCards } from './notification-cards';
import { NotificationListeners } from './notification.listeners';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationWriter } from './notification-writer';

/** Persisted notifications with preferences, pushed live through the realtime gateway. */
@Module({
  imports: [RealtimeModule],
  providers: [
    NotificationCards,
    NotificationListeners,
    NotificationRepository,
    NotificationResolver,
    NotificationService,
    NotificationWriter,
  ],
})
export class NotificationsModule {}
