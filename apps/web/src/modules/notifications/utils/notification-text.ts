import type { NotificationType } from '../../../generated/graphql';

interface Actor {
  displayName: string;
}

/** "Ana", "Ana and Bo", "Ana and 4 others" (actorCount counts everyone who acted). */
export function actorsText(actors: readonly Actor[], actorCount: number): string {
  const first = actors[0]?.displayName ?? 'Someone';
  const count = Math.max(actorCount, actors.length, 1);
  if (count === 1) return first;
  if (count === 2 && actors[1]) return `${first} and ${actors[1].displayName}`;
  const others = count - 1;
  return `${first} and ${others} ${others === 1 ? 'other' : 'others'}`;
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

export const NOTIFICATION_TYPE_TEXT: Record<SocialNotificationType, string> = {
  MENTIONED: 'mentioned you',
  REPLY_TO_MY_POST: 'replied to your post',
  REPLY_IN_THREAD: 'replied in a thread you are in',
  ANSWER_ACCEPTED: 'accepted your answer',
  POST_LIKED: 'liked your post',
};

/** Preferences: what each switch is about. */
export const NOTIFICATION_TYPE_LABEL: Record<SocialNotificationType, string> = {
  MENTIONED: 'Someone mentions me',
  REPLY_TO_MY_POST: 'Someone replies to my post',
  REPLY_IN_THREAD: 'Someone replies in a thread I replied to',
  ANSWER_ACCEPTED: 'My reply is accepted as the answer',
  POST_LIKED: 'Someone likes my post',
};

export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_TYPE_TEXT) as SocialNotificationType[];

/** The sentence of a social notification (moderation ones: `useModerationNotice`). */
export function notificationSentence(n: {
  type: NotificationType;
  actors: readonly Actor[];
  actorCount: number;
}): string {
  const text = NOTIFICATION_TYPE_TEXT[n.type as SocialNotificationType] ?? '';
  return `${actorsText(n.actors, n.actorCount)} ${text}`;
}

/** Where a notification leads: its post. */
export function notificationHref(n: { postId: string | null }) {
  return n.postId ? `/posts/${n.postId}` : null;
}

/** "Notifications, 3 unread" for the bell. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}
