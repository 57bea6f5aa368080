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

  /** Three queries for the whole batch: counts, rows (re-checked for visibility), actors. */
  private async push(inserted: Inserted[]): Promise<void> {
    if (inserted.length === 0) return;
    const recipients = [...new Set(inserted.map((i) => i.recipientId))];
    const [counts, rows] = await Promise.all([
      this.repository.unreadCounts(recipients),
      // Re-read through the visibility filter: access may have ended since the insert.
      this.repository.visibleByIds(inserted.map((i) => i.id)),
    ]);
    const replaces = new Map(
      inserted.flatMap((i) => (i.replacesId ? [[i.id, i.replacesId] as const] : [])),
    );
    const cards = await this.cards.build(rows, replaces);
    rows.forEach((row, index) =>
      this.publisher.toUser(row.recipient_id, 'notification:created', {
        notification: cards[index],
        unreadCount: counts.get(row.recipient_id) ?? 0,
      }),
    );
  }
}
