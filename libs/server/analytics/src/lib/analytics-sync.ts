import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { recomputeQuestions } from './analytics-questions';
import { recomputePersonDay, toUtcDay } from './analytics-rollup';

type PersonDay = { day: string; userId: string };

/**
 * Whether post `p` has, or may need, a question row: most posts are status updates, whose
 * events then skip the question recompute (a transaction of four statements).
 */
const QUESTION = `(p.is_question OR EXISTS (SELECT 1 FROM analytics_questions q WHERE q.post_id = p.id))`;

/**
 * Keeps the daily rollup in step through the outbox (DESIGN.md §4). Every handler re-reads the
 * rows the event names and recomputes the affected person-days from the source tables, so jobs
 * are idempotent, order-free and safe to retry. Handler names are stored with jobs: never
 * rename them.
 */
@Injectable()
export class AnalyticsSync implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const rows: {
      id: string;
      author_id: string;
      created_at: Date;
      answered_at: Date | null;
      answerer: string | null;
      question: boolean;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.author_id, p.created_at, p.answered_at, r.author_id AS answerer, ${QUESTION} AS question
           FROM posts p LEFT JOIN replies r ON r.id = p.accepted_reply_id WHERE p.id = ANY($1::uuid[])`,
      [postIds],
    );
    await this.questionsChanged(rows.filter((p) => p.question).map((p) => p.id));
    const days: PersonDay[] = [];
    for (const p of rows) {
      days.push({ day: toUtcDay(p.created_at), userId: p.author_id });
      if (p.answered_at && p.answerer)
        days.push({ day: toUtcDay(p.answered_at), userId: p.answerer });
    }
    await this.recompute(days);
  }

  /**
   * The replier's day, the days of its likes, the day it was accepted, and the question's row:
   * a reply deleted, hidden or restored moves all of them.
   */
  async replyChanged(replyId: string): Promise<void> {
    const [r]: { post_id: string; question: boolean }[] = await this.dataSource.query(
      `SELECT r.post_id, ${QUESTION} AS question FROM replies r JOIN posts p ON p.id = r.post_id
        WHERE r.id = $1`,
      [replyId],
    );
    if (!r) return;
    if (r.question) await this.questionsChanged([r.post_id]);
    await this.recompute(
      await this.personDays(
        `SELECT r.created_at AS at, r.author_id AS user_id FROM replies r WHERE r.id = $1
         UNION ALL
         SELECT p.answered_at, r.author_id FROM replies r
           JOIN posts p ON p.accepted_reply_id = r.id WHERE r.id = $1 AND p.answered_at IS NOT NULL
         UNION ALL
         SELECT l.created_at, l.user_id FROM likes l WHERE l.subject_type = 'reply' AND l.subject_id = $1`,
        [replyId],
      ),
    );
  }

  /**
   * Everyone's days in a thread: the post, its replies, their likes and the accepted answer.
   * Bounded by the thread's size; runs only when a whole post starts or stops counting.
   */
  async threadChanged(postId: string): Promise<void> {
    const [p]: { question: boolean }[] = await this.dataSource.query(
      `SELECT ${QUESTION} AS question FROM posts p WHERE p.id = $1`,
      [postId],
    );
    if (!p) return;
    if (p.question) await this.questionsChanged([postId]);
    await this.recompute(
      await this.personDays(
        `SELECT p.created_at AS at, p.author_id AS user_id FROM posts p WHERE p.id = $1
         UNION ALL
         SELECT p.answered_at, r.author_id FROM posts p JOIN replies r ON r.id = p.accepted_reply_id
          WHERE p.id = $1 AND p.answered_at IS NOT NULL
         UNION ALL
         SELECT r.created_at, r.author_id FROM replies r WHERE r.post_id = $1
         UNION ALL
         SELECT l.created_at, l.user_id FROM likes l WHERE l.subject_type = 'post' AND l.subject_id = $1
         UNION ALL
         SELECT l.created_at, l.user_id FROM likes l JOIN replies r ON r.id = l.subject_id
          WHERE l.subject_type = 'reply' AND r.post_id = $1`,
        [postId],
      ),
    );
  }

  /** The former answerer's day of acceptance, and the question's row. */
  async answerCleared(postId: string, replyId: string, acceptedAt: string): Promise<void> {
    await this.questionsChanged([postId]);
    const [r]: { author_id: string }[] = await this.dataSource.query(
      `SELECT author_id FROM replies WHERE id = $1`,
      [replyId],
    );
    if (r) await this.recompute([{ day: toUtcDay(new Date(acceptedAt)), userId: r.author_id }]);
  }

  private async personDays(sql: string, params: unknown[]): Promise<PersonDay[]> {
    const rows: { at: Date; user_id: string }[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ day: toUtcDay(row.at), userId: row.user_id }));
  }

  private async questionsChanged(postIds: string[]): Promise<void> {
    if (!postIds.length) return;
    await this.dataSource.transaction((tx) =>
      recomputeQuestions((sql, params) => tx.query(sql, params), [...new Set(postIds)].sort()),
    );
  }

  /** The like's own day; if it was already taken back, today's (where it would have counted). */
  async liked(postId: string, userId: string): Promise<void> {
    const [l]: { created_at: Date }[] = await this.dataSource.query(
      `SELECT created_at FROM likes WHERE subject_type = 'post' AND subject_id = $1 AND user_id = $2`,
      [postId, userId],
    );
    await this.recompute([{ day: toUtcDay(l?.created_at ?? new Date()), userId }]);
  }

  private async recompute(days: PersonDay[]): Promise<void> {
    const unique = new Map(days.map((d) => [`${d.day}:${d.userId}`, d]));
    for (const { day, userId } of unique.values())
      await this.dataSource.transaction((tx) =>
        recomputePersonDay((sql, params) => tx.query(sql, params), day, userId),
      );
  }
}
