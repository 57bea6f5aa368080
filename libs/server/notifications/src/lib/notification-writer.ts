import { Injectable } from '@nestjs/common';
import { RealtimePublisher } from '@outloud/realtime';
import { DataSource } from 'typeorm';
import { NotificationCards } from './notification-cards';
import { Inserted, NewNotification, NotificationRepository } from './notification.repository';

/**
 * Writes notifications for an event and pushes each new one to its recipient's sockets after
 * commit. Runs inside outbox handlers, so a retry repeats harmlessly (dedupe keys) and pushes
 * only what was actually new.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationRepository,
    private readonly cards: NotificationCards,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** One notification per eligible candidate for this event. */
  async notify(candidates: string[], n: NewNotification): Promise<void> {
    const inserted = await this.dataSource.transaction(async (tx) => {
      const recipients = await this.repository.eligibleRecipients(tx, candidates, n);
      await this.repository.lockRecipients(tx, recipients);
      return this.repository.insertOnce(tx, recipients, n);
    });
    await this.push(inserted);
  }

  /** Adds the actor to the recipient's group for this key ("Ana and 4 others liked…"). */
  async notifyGrouped(recipientId: string, n: NewNotification): Promise<void> {
    const inserted = await this.dataSource.transaction(async (tx) => {
      const [recipient] = await this.repository.eligibleRecipients(tx, [recipientId], n);
      if (!recipient) return null;
      await this.repository.lockRecipients(tx, [recipient]);
      return this.repository.upsertGrouped(tx, recipient, n);
    });
    if (inserted) await this.push([inserted]);
  }

  private async push(inserted: Inserted[]): Promise<void> {
    if (inserted.length === 0) return;
    const counts = await this.repository.unreadCounts(inserted.map((i) => i.recipientId));
    for (const item of inserted) {
      // Re-read through the visibility filter: access may have ended since the insert.
      const rows = await this.repository.byIds(item.recipientId, [item.id]);
      if (rows.length === 0) continue;
      const replaces = new Map(item.replacesId ? [[item.id, item.replacesId]] : []);
      const [card] = await this.cards.build(rows, replaces);
      this.publisher.toUser(item.recipientId, 'notification:created', {
        notification: card,
        unreadCount: counts.get(item.recipientId) ?? 0,
      });
    }
  }
}
