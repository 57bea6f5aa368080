import { Injectable, Logger } from '@nestjs/common';
import { NotificationCard, NotificationType } from '@outloud/contracts';
import { AppConfig } from '@outloud/server-core';
import { NotificationCards } from '../notification-cards';
import { NotificationRepository } from '../notification.repository';
import { digestWords } from './digest-messages';
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

  /** The mail in the person's language (their profile locale). */
  private compose(
    person: { email: string; display_name: string; locale: string | null },
    cards: NotificationCard[],
  ) {
    const words = digestWords(person.locale);
    const base = (
      this.config.get('PUBLIC_URL') ??
      `http://${this.config.get('HOST')}:${this.config.get('PORT')}`
    ).replace(/\/$/, '');
    const lines = cards.map((card) => {
      const who = card.actors[0]?.displayName ?? words.someone;
      const excerpt = card.excerpt ? `: “${card.excerpt}”` : '';
      return `• ${who} ${words.verbs[card.type] ?? words.fallbackVerb}${excerpt}\n  ${base}/posts/${card.postId}`;
    });
    const count = cards.length;
    return {
      to: person.email,
      subject: words.subject(count),
      text: [
        words.hello(person.display_name),
        '',
        words.intro,
        '',
        ...lines,
        '',
        words.footer(`${base}/settings/notifications`),
      ].join('\n'),
    };
  }
}
