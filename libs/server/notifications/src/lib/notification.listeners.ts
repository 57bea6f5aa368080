import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationType } from '@outloud/contracts';
import { ModerationNotices } from '@outloud/moderation';
import { OutboxService } from '@outloud/server-core';
import { StreamReader } from '@outloud/stream';
import { NotificationWriter } from './notification-writer';

/**
 * Which events notify whom. Dedupe keys make each person hear once per event: one key per reply
 * (so the post's author and earlier repliers get one notification each for it), one per mention
 * site, one per accepted reply, one group per liked post.
 */
/** A few small queries each, and someone is waiting: ahead of search indexing. */
const FAST = { lane: 'fast' } as const;

@Injectable()
export class NotificationListeners implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly writer: NotificationWriter,
    private readonly stream: StreamReader,
    private readonly moderation: ModerationNotices,
  ) {}

  onModuleInit(): void {
    this.outbox.on(
      'stream.mention.added',
      'notifications.mentioned',
      (e) =>
        this.writer.notify(e.userIds, {
          type: NotificationType.MENTIONED,
          postId: e.postId,
          replyId: e.replyId,
          actorId: e.actorId,
          dedupeKey: e.replyId ? `mention:reply:${e.replyId}` : `mention:post:${e.postId}`,
        }),
      // One author's mentions reach each person in the order they were written.
      { ...FAST, orderBy: (e) => e.actorId },
    );
    this.outbox.on('stream.reply.created', 'notifications.replied', (e) => this.replied(e), FAST);
    this.outbox.on(
      'moderation.decision.recorded',
      'notifications.moderationDecided',
      async (e) => this.writer.notifyModeration(await this.moderation.forDecision(e.decisionId)),
      FAST,
    );
    this.outbox.on(
      'stream.answer.accepted',
      'notifications.answerAccepted',
      async (e) => {
        const authorId = await this.stream.replyAuthor(e.replyId, { liveOnly: false });
        if (!authorId) return;
        await this.writer.notify([authorId], {
          type: NotificationType.ANSWER_ACCEPTED,
          postId: e.postId,
          replyId: e.replyId,
          actorId: e.acceptedBy,
          dedupeKey: `accepted:${e.replyId}`,
        });
      },
      FAST,
    );
    this.outbox.on(
      'routing.question.offered',
      'notifications.questionOffered',
      (e) =>
        this.writer.notifyQuestionOffered(e.userIds, {
          type: NotificationType.QUESTIONS_TO_ANSWER,
          postId: e.postId,
          replyId: null,
          actorId: e.askerId,
          dedupeKey: `questions-to-answer:${e.day}`,
        }),
      FAST,
    );
    this.outbox.on(
      'stream.post.liked',
      'notifications.postLiked',
      async (e) => {
        const authorId = await this.stream.postAuthor(e.postId);
        if (!authorId) return;
        await this.writer.notifyGrouped(authorId, {
          type: NotificationType.POST_LIKED,
          postId: e.postId,
          replyId: null,
          actorId: e.userId,
          dedupeKey: `liked:${e.postId}`,
        });
      },
      FAST,
    );
  }

  /**
   * The post's author hears "replied to your post"; people who replied earlier hear "replied in
   * a thread". People mentioned in the reply hear about the mention instead, not twice.
   */
  private async replied({ postId, replyId }: { postId: string; replyId: string }) {
    const facts = await this.stream.replyThread(replyId, postId);
    if (!facts) return;
    const mentioned = new Set(facts.mentioned);
    const base = { postId, replyId, actorId: facts.actor, dedupeKey: `reply:${replyId}` };
    if (!mentioned.has(facts.postAuthor))
      await this.writer.notify([facts.postAuthor], {
        ...base,
        type: NotificationType.REPLY_TO_MY_POST,
      });
    const thread = facts.earlier.filter((id) => id !== facts.postAuthor && !mentioned.has(id));
    await this.writer.notify(thread, { ...base, type: NotificationType.REPLY_IN_THREAD });
  }
}
