import { Injectable } from '@nestjs/common';
import { NotificationType } from '@outloud/contracts';
import { cursorCodec, pageSize, validateInput, Viewer } from '@outloud/server-core';
import { NotificationCards } from './notification-cards';
import { NotificationRepository, NotificationRow } from './notification.repository';
import {
  afterIdSchema,
  idsSchema,
  preferenceSchema,
  sinceLimitSchema,
} from './notification.schemas';

/** The viewer's own notifications: lists, catch-up, read state and preferences. */
/** Notifications are listed newest first by id. */
const NOTIFICATION_CURSOR = cursorCodec({ id: 'serial' });

@Injectable()
export class NotificationService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly cards: NotificationCards,
  ) {}

  async page(viewer: Viewer, first: number | null | undefined, after: string | null | undefined) {
    const limit = pageSize(first);
    const beforeId = NOTIFICATION_CURSOR.decode(after)?.id ?? null;
    const rows = await this.repository.page(viewer.id, beforeId, limit + 1);
    const page = NOTIFICATION_CURSOR.page(rows, limit, (r) => ({ id: r.id }));
    return { page, cards: await this.cardsOf(page.nodes) };
  }

  /** Everything after `afterId`, oldest first, at most `first`: a client pages until empty. */
  async since(viewer: Viewer, afterId: unknown, first: unknown) {
    const id = validateInput(afterIdSchema, afterId, 'afterId');
    const limit = validateInput(sinceLimitSchema, first ?? undefined, 'first');
    return this.cardsOf(await this.repository.since(viewer.id, id, limit));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return (await this.repository.unreadCounts([viewer.id])).get(viewer.id) ?? 0;
  }

  async markRead(viewer: Viewer, ids: unknown): Promise<number> {
    await this.repository.markRead(viewer.id, validateInput(idsSchema, ids, 'ids'));
    return this.unreadCount(viewer);
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    await this.repository.markRead(viewer.id, 'all');
    return this.unreadCount(viewer);
  }

  async preferences(viewer: Viewer) {
    const disabled = await this.repository.disabledTypes(viewer.id);
    return Object.values(NotificationType).map((type) => ({ type, enabled: !disabled.has(type) }));
  }

  async setPreference(viewer: Viewer, input: unknown) {
    const { type, enabled } = validateInput(preferenceSchema, input);
    await this.repository.setPreference(viewer.id, type, enabled);
    return { type, enabled };
  }

  private async cardsOf(rows: NotificationRow[]) {
    const cards = await this.cards.build(rows);
    return cards.map((card, i) => ({
      ...card,
      createdAt: new Date(card.createdAt),
      read: rows[i].read_at !== null,
    }));
  }
}
