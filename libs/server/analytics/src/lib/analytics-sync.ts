import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { PersonDay, toUtcDay } from './analytics-rollup';
import { AnalyticsSyncRepository, DatedAction } from './analytics-sync.repository';

const personDays = (actions: DatedAction[]): PersonDay[] =>
  actions.map((a) => ({ day: toUtcDay(a.at), userId: a.userId }));

/**
 * Keeps the rollup (days and hours) in step through the outbox (DESIGN.md §4). Every handler
 * re-reads the rows the event names and recomputes the affected person-days from the source
 * tables, so jobs are idempotent, order-free and safe to retry. Handler names are stored with
 * jobs: never rename them.
 */
@Injectable()
export class AnalyticsSync implements OnModuleInit {
  constructor(
    private readonly repository: AnalyticsSyncRepository,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    const post = ({ postId }: { postId: string }) => this.postsChanged([postId]);
    // A batch reads its posts at once and recomputes each person-day once.
    const posts = {
      many: (payloads: { postId: string }[]) => this.postsChanged(payloads.map((p) => p.postId)),
    };
    this.outbox.on('stream.post.created', 'analytics.post', post, posts);
    this.outbox.on('stream.post.edited', 'analytics.post', post, posts);
    this.outbox.on('stream.answer.accepted', 'analytics.post', post, posts);
    // Deleting, hiding or restoring a post moves everything done in it (docs/analytics.md).
    const thread = ({ postId }: { postId: string }) => this.threadChanged(postId);
    this.outbox.on('stream.post.deleted', 'analytics.post', thread);
    this.outbox.on('moderation.post.hidden', 'analytics.post', thread);
    this.outbox.on('moderation.post.restored', 'analytics.post', thread);
    const reply = ({ replyId }: { replyId: string }) => this.replyChanged(replyId);
    this.outbox.on('stream.reply.created', 'analytics.reply', reply);
    this.outbox.on('stream.reply.deleted', 'analytics.reply', reply);
    this.outbox.on('moderation.reply.hidden', 'analytics.reply', reply);
    this.outbox.on('moderation.reply.restored', 'analytics.reply', reply);
    this.outbox.on('stream.post.liked', 'analytics.like', (p) => this.liked(p.postId, p.userId));
    this.outbox.on('stream.like.changed', 'analytics.like', (p) =>
      this.recompute([{ day: toUtcDay(new Date(p.likedAt)), userId: p.userId }]),
    );
    this.outbox.on('stream.answer.cleared', 'analytics.answer', (p) =>
      this.answerCleared(p.postId, p.replyId, p.acceptedAt),
    );
  }

  /**
   * The authors' days of the posts and, when one has an accepted answer, the answerer's day; and
   * the posts' question rows.
   */
  async postsChanged(postIds: string[]): Promise<void> {
    const rows = await this.repository.posts(postIds);
    await this.questionsChanged(rows.filter((p) => p.question).map((p) => p.id));
    const days: PersonDay[] = [];
    for (const p of rows) {
      days.push({ day: toUtcDay(p.createdAt), userId: p.authorId });
      if (p.answeredAt && p.answererId)
        days.push({ day: toUtcDay(p.answeredAt), userId: p.answererId });
    }
    await this.recompute(days);
  }

  /**
   * The replier's day, the days of its likes, the day it was accepted, and the question's row:
   * a reply deleted, hidden or restored moves all of them.
   */
  async replyChanged(replyId: string): Promise<void> {
    const r = await this.repository.replyPost(replyId);
    if (!r) return;
    if (r.question) await this.questionsChanged([r.postId]);
    await this.recompute(personDays(await this.repository.replyActions(replyId)));
  }

  /**
   * Everyone's days in a thread: the post, its replies, their likes and the accepted answer.
   * Bounded by the thread's size; runs only when a whole post starts or stops counting.
   */
  async threadChanged(postId: string): Promise<void> {
    const question = await this.repository.postQuestion(postId);
    if (question === null) return;
    if (question) await this.questionsChanged([postId]);
    await this.recompute(personDays(await this.repository.threadActions(postId)));
  }

  /** The former answerer's day of acceptance, and the question's row. */
  async answerCleared(postId: string, replyId: string, acceptedAt: string): Promise<void> {
    await this.questionsChanged([postId]);
    const author = await this.repository.replyAuthor(replyId);
    if (author) await this.recompute([{ day: toUtcDay(new Date(acceptedAt)), userId: author }]);
  }

  private async questionsChanged(postIds: string[]): Promise<void> {
    if (postIds.length) await this.repository.recomputeQuestions(postIds);
  }

  /** The like's own day; if it was already taken back, today's (where it would have counted). */
  async liked(postId: string, userId: string): Promise<void> {
    const at = await this.repository.postLikedAt(postId, userId);
    await this.recompute([{ day: toUtcDay(at ?? new Date()), userId }]);
  }

  /** All of them in one transaction, each step one statement for every person-day. */
  private async recompute(days: PersonDay[]): Promise<void> {
    if (days.length) await this.repository.recomputePersonDays(days);
  }
}
