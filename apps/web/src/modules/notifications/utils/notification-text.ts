import type { TFunction } from '@outloud/web-i18n';
import type { NotificationType } from '../../../generated/graphql';

interface Actor {
  displayName: string;
}

type T = TFunction<'notifications'>;

/** "Ana", "Ana and Bo", "Ana and 4 others" (actorCount counts everyone who acted). */
export function actorsText(t: T, actors: readonly Actor[], actorCount: number): string {
  const first = actors[0]?.displayName ?? t('actors.someone');
  const count = Math.max(actorCount, actors.length, 1);
  if (count === 1) return first;
  if (count === 2 && actors[1]) return t('actors.two', { first, second: actors[1].displayName });
  return t('actors.many', { first, others: count - 1 });
}

/** Moderation's notifications: about the person's own content or report (never switched off). */
export const MODERATION_NOTIFICATION_TYPES = [
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  'CONTENT_REMOVED',
  'REPORT_RESOLVED',
] as const;
type SocialNotificationType = Exclude<
  NotificationType,
  (typeof MODERATION_NOTIFICATION_TYPES)[number]
>;

const TEXT_KEYS = {
  MENTIONED: 'sentence.MENTIONED',
  REPLY_TO_MY_POST: 'sentence.REPLY_TO_MY_POST',
  REPLY_IN_THREAD: 'sentence.REPLY_IN_THREAD',
  ANSWER_ACCEPTED: 'sentence.ANSWER_ACCEPTED',
  POST_LIKED: 'sentence.POST_LIKED',
  QUESTIONS_TO_ANSWER: 'sentence.QUESTIONS_TO_ANSWER',
} as const satisfies Record<SocialNotificationType, string>;

/** Preferences: what each switch is about. */
const LABEL_KEYS = {
  MENTIONED: 'preferences.type.MENTIONED',
  REPLY_TO_MY_POST: 'preferences.type.REPLY_TO_MY_POST',
  REPLY_IN_THREAD: 'preferences.type.REPLY_IN_THREAD',
  ANSWER_ACCEPTED: 'preferences.type.ANSWER_ACCEPTED',
  POST_LIKED: 'preferences.type.POST_LIKED',
  QUESTIONS_TO_ANSWER: 'preferences.type.QUESTIONS_TO_ANSWER',
} as const satisfies Record<SocialNotificationType, string>;

export const NOTIFICATION_TYPES = Object.keys(TEXT_KEYS) as SocialNotificationType[];

export function notificationTypeLabel(t: T, type: NotificationType): string {
  const key = LABEL_KEYS[type as SocialNotificationType];
  return key ? t(key) : type;
}

/** The sentence of a social notification (moderation ones: `useModerationNotice`). */
export function notificationSentence(
  t: T,
  n: {
    type: NotificationType;
    actors: readonly Actor[];
    actorCount: number;
    /** QUESTIONS_TO_ANSWER: the day's questions. */
    questionCount?: number | null;
  },
): string {
  const key = TEXT_KEYS[n.type as SocialNotificationType];
  const actors = actorsText(t, n.actors, n.actorCount);
  return key ? t(key, { actors, count: n.questionCount ?? 1 }) : actors;
}

/** Where a notification leads: its post. */
export function notificationHref(n: { postId: string | null }) {
  return n.postId ? `/posts/${n.postId}` : null;
}

/** "Notifications, 3 unread" for the bell. */
export function bellLabel(t: T, unread: number): string {
  return t('bell.label', { unread });
}
