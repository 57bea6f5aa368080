import { Injectable, Logger } from '@nestjs/common';
import { NotificationCard, NotificationType } from '@outloud/contracts';
import { AppConfig } from '@outloud/server-core';
import { NotificationCards } from '../notification-cards';
import { NotificationRepository } from '../notification.repository';
import { DigestMailer } from './digest.mailer';
import { DigestRepository } from './digest.repository';

/** What a digest lists: being asked (mentions) and being answered. */
export const DIGEST_TYPES = [
  NotificationType.MENTIONED,
  NotificationType.REPLY_TO_MY_POST,
  NotificationType.ANSWER_ACCEPTED,
];
const MAX_ITEMS = 50;
const BATCH = 200;
const DAY_MS = 24 * 3600 * 1000;

const VERB: Partial<Record<NotificationType, string>> = {
  [NotificationType.MENTIONED]: 'mentioned you',
  [NotificationType.REPLY_TO_MY_POST]: 'replied to your post',
  [NotificationType.ANSWER_ACCEPTED]: 'accepted your answer',
};

/**
 * The daily e-mail digest: for each person who opted in, one mail a day listing their unread
 * mentions and answers since the previous digest. Safe on several nodes (a claimed row per
 * person per day), and the items are read through the same visibility filter as the bell at
 * send time, so nothing the person can no longer see is ever mailed.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('DigestService');

  constructor(
    private readonly digests: DigestRepository,
    private readonly notifications: NotificationRepository,
    private readonly cards: NotificationCards,
    private readonly mailer: DigestMailer,
    private readonly config: AppConfig,
  ) {}

  /** Sends today's digests not sent yet; returns how many mails went out. */
  async runOnce(now = new Date()): Promise<number> {
    if (!this.mailer.available) return 0;
    const day = now.toISOString().slice(0, 10);
    let sent = 0;
    for (;;) {
      const batch = await this.digests.candidates(day, BATCH);
      for (const person of batch) {
        if (!(await this.digests.claim(person.id, day))) continue;
        try {
          const since = person.last_sent_at ?? new Date(now.getTime() - DAY_MS);
          const rows = await this.notifications.unreadSince(
            person.id,
            DIGEST_TYPES,
            since,
            MAX_ITEMS,
          );
          if (rows.length > 0) {
            await this.mailer.send(this.compose(person, await this.cards.build(rows)));
            sent += 1;
          }
          await this.digests.markSent(person.id, day, rows.length);
        } catch (error) {
          this.logger.warn(`Digest for ${person.id} failed: ${(error as Error).message}`);
          await this.digests.release(person.id, day);
        }
      }
      if (batch.length < BATCH) return sent;
    }
  }

  private compose(person: { email: string; display_name: string }, cards: NotificationCard[]) {
    const base = (
      this.config.get('PUBLIC_URL') ??
      `http://${this.config.get('HOST')}:${this.config.get('PORT')}`
    ).replace(/\/$/, '');
    const lines = cards.map((card) => {
      const who = card.actors[0]?.displayName ?? 'Someone';
      const excerpt = card.excerpt ? `: “${card.excerpt}”` : '';
      return `• ${who} ${VERB[card.type] ?? 'notified you'}${excerpt}\n  ${base}/posts/${card.postId}`;
    });
    const count = cards.length;
    return {
      to: person.email,
      subject: `Outloud: ${count} unread mention${count === 1 ? '' : 's'} and answer${count === 1 ? '' : 's'}`,
      text: [
        `Hello ${person.display_name},`,
        '',
        `Here is what is waiting for you on Outloud:`,
        '',
        ...lines,
        '',
        `You receive this daily digest because you turned it on. Turn it off under ${base}/notifications.`,
      ].join('\n'),
    };
  }
}
