import type { ModerationNoticeDetails } from './moderation';

/**
 * The socket.io protocol between the API and the web client, declared once (DESIGN.md §7).
 * Payloads carry ids and only card data the recipient may see; clients refetch for more.
 */

export enum NotificationType {
  MENTIONED = 'MENTIONED',
  REPLY_TO_MY_POST = 'REPLY_TO_MY_POST',
  REPLY_IN_THREAD = 'REPLY_IN_THREAD',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  POST_LIKED = 'POST_LIKED',
  /** The recipient's content was hidden (by a moderator, or held by reports pending review). */
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  /** The recipient's hidden content is visible again. */
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  /** The recipient's content was deleted by a moderator. */
  CONTENT_REMOVED = 'CONTENT_REMOVED',
  /** Something the recipient reported was reviewed: the outcome. */
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /**
   * Unanswered questions offered to the recipient (routing), grouped per day: one card that
   * names the askers and counts the questions.
   */
  QUESTIONS_TO_ANSWER = 'QUESTIONS_TO_ANSWER',
}

export const SocketEvent = {
  NotificationCreated: 'notification:created',
  PostCreated: 'post:created',
  ReplyCreated: 'reply:created',
  AnswerAccepted: 'answer:accepted',
} as const;

export const SocketCommand = { Join: 'join', Leave: 'leave' } as const;

/** Rooms a client may ask for; `user:<id>` is assigned by the server at connection. */
export type JoinableRoom = `post:${string}` | `community:${string}`;

export interface NotificationActorCard {
  id: string;
  handle: string;
  displayName: string;
}

export interface NotificationCard {
  /** Increasing per recipient: the cursor for `notificationsSince(afterId)` on reconnect. */
  id: string;
  type: NotificationType;
  createdAt: string;
  postId: string | null;
  replyId: string | null;
  /** Plain-text start of the post, only when the recipient may see it. */
  excerpt: string | null;
  /** The most recent actors first (at most 3), for "Ana and 4 others". */
  actors: NotificationActorCard[];
  actorCount: number;
  /** A grouped notification (likes) moves to the top with a new id; drop the card with this id. */
  replacesId: string | null;
  /** Moderation notifications: what was decided. */
  moderation: ModerationNoticeDetails | null;
  /** QUESTIONS_TO_ANSWER: how many questions the day's card offers (the newest is `postId`). */
  questionCount: number | null;
}

export interface NotificationCreatedPayload {
  notification: NotificationCard;
  unreadCount: number;
}

export interface PostCreatedPayload {
  postId: string;
  authorId: string;
  communityId: string | null;
}

export interface ReplyCreatedPayload {
  postId: string;
  replyId: string;
  authorId: string;
}

export interface AnswerAcceptedPayload {
  postId: string;
  replyId: string;
}

export type JoinAck = { ok: true } | { ok: false; code: 'BAD_USER_INPUT' | 'NOT_FOUND' };

export interface ServerToClientEvents {
  'notification:created': (payload: NotificationCreatedPayload) => void;
  'post:created': (payload: PostCreatedPayload) => void;
  'reply:created': (payload: ReplyCreatedPayload) => void;
  'answer:accepted': (payload: AnswerAcceptedPayload) => void;
}

export interface ClientToServerEvents {
  join: (payload: { room: JoinableRoom }, ack: (result: JoinAck) => void) => void;
  leave: (payload: { room: JoinableRoom }, ack: (result: JoinAck) => void) => void;
}
