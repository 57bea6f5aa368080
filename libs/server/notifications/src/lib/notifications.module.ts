import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { ModerationModule } from '@outloud/moderation';
import { RealtimeModule } from '@outloud/realtime';
import { StreamModule } from '@outloud/stream';
import { DigestSettingsService } from './digest/digest-settings.service';
import { DigestMailer } from './digest/digest.mailer';
import { DigestRepository } from './digest/digest.repository';
import { DigestScheduler } from './digest/digest.scheduler';
import { DigestService } from './digest/digest.service';
import { NotificationCards } from './notification-cards';
import { NotificationListeners } from './notification.listeners';
import { NotificationPreferencesReader } from './notification-preferences.reader';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationWriter } from './notification-writer';

/** Persisted notifications with preferences, pushed live through the realtime gateway. */
@Module({
  imports: [IdentityModule, RealtimeModule, StreamModule, ModerationModule],
  providers: [
    DigestMailer,
    DigestRepository,
    DigestScheduler,
    DigestService,
    DigestSettingsService,
    NotificationCards,
    NotificationListeners,
    NotificationPreferencesReader,
    NotificationRepository,
    NotificationResolver,
    NotificationService,
    NotificationWriter,
  ],
  exports: [DigestService, NotificationPreferencesReader],
})
export class NotificationsModule {}
