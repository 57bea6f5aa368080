import { Injectable } from '@nestjs/common';
import { ModerationNotice } from '@outloud/moderation';
import { RealtimePublisher } from '@outloud/realtime';
import { TransactionRunner } from '@outloud/server-core';
import { NotificationCards } from './notification-cards';
import {
  Inserted,
  NewNotification,
  NotificationRepository,
  NotificationRow,
} from './notification.repository';

/**
 * Writes notifications for an event and pushes each new one to its recipient's sockets after
 * commit. Runs inside outbox handlers, so a retry repeats harmlessly (dedupe keys) and pushes
 * only what was actually new.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: NotificationRepository,
    private readonly cards: NotificationCards,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** One notification per eligible candidate for this event. */
  async notify(candidates: string[], n: NewNotification): Promise<void> {
    await this.pushRows(await this.repository.insertForEligible(candidates, n));
  }

  /** Moderation decisions: the author hears why, reporters hear the outcome. */
  async notifyModeration(notices: ModerationNotice[]): Promise<void> {
    await this.pushRows(await this.repository.insertModeration(notices));
  }

  /** Adds the actor to the recipient's group for this key ("Ana and 4 others liked…"). */
  async notifyGrouped(recipientId: string, n: NewNotification): Promise<void> {
    const inserted = await this.transactions.run(async (tx) => {
      const [recipient] = await this.repository.eligibleRecipients(tx, [recipientId], n);
      if (!recipient) return null;
      await this.repository.lockRecipients(tx, [recipient]);
      return this.repository.upsertGrouped(tx, recipient, n);
    });
    if (inserted) await this.push([inserted]);
  }

  /**
   * A routed question joins each recipient's "questions you could answer" of the day. The
   * recipient must still be eligible (active, may see the question, not opted out).
   */
  async notifyQuestionOffered(recipientIds: string[], n: NewNotification): Promise<void> {
    const inserted: Inserted[] = [];
    for (const recipientId of recipientIds) {
      const row = await this.transactions.run(async (tx) => {
        const [recipient] = await this.repository.eligibleRecipients(tx, [recipientId], n);
        if (!recipient) return null;
        await this.repository.lockRecipients(tx, [recipient]);
        return this.repository.upsertQuestionOffer(tx, recipient, n);
      });
      if (row) inserted.push(row);
    }
    await this.push(inserted);
  }

  /** Grouped upserts: the rows re-read through the visibility filter (their transaction ended). */
  private async push(inserted: Inserted[]): Promise<void> {
    if (inserted.length === 0) return;
    const replaces = new Map(
      inserted.flatMap((i) => (i.replacesId ? [[i.id, i.replacesId] as const] : [])),
    );
    await this.pushRows(await this.repository.visibleByIds(inserted.map((i) => i.id)), replaces);
  }

  /**
   * Unread counts from the stored counters (the writing statement returns them; rows re-read
   * after a grouped upsert read them) and the cards, side by side for the whole batch.
   */
  private async pushRows(
    rows: NotificationRow[],
    replaces = new Map<string, string>(),
  ): Promise<void> {
    if (rows.length === 0) return;
    const uncounted = [
      ...new Set(rows.filter((r) => r.unread_count === undefined).map((r) => r.recipient_id)),
    ];
    const [counts, cards] = await Promise.all([
      uncounted.length ? this.repository.pushedCounts(uncounted) : new Map<string, number>(),
      this.cards.build(rows, replaces),
    ]);
    rows.forEach((row, index) =>
      this.publisher.toUser(row.recipient_id, 'notification:created', {
        notification: cards[index],
        unreadCount: row.unread_count ?? counts.get(row.recipient_id) ?? 0,
      }),
    );
  }
}
