import { Injectable } from '@nestjs/common';
import { NotificationType } from '@outloud/contracts';
import { NotificationRepository } from './notification.repository';

/** What other domains may read about people's notification preferences (routing's opt-out). */
@Injectable()
export class NotificationPreferencesReader {
  constructor(private readonly repository: NotificationRepository) {}

  /** Of `userIds`, those who turned notifications of `type` off. */
  optedOut(userIds: string[], type: NotificationType): Promise<Set<string>> {
    return this.repository.optedOut(userIds, type);
  }
}
