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
    this.outbox.on('stream.post.deleted', 'analytics.post', post, posts);
    this.outbox.on('stream.answer.accepted', 'analytics.post', post, posts);
    const reply = ({ replyId }: { replyId: string }) => this.replyChanged(replyId);
    this.outbox.on('stream.reply.created', 'analytics.reply', reply);
    this.outbox.on('stream.reply.deleted', 'analytics.reply', reply);
    this.outbox.on('stream.post.liked', 'analytics.like', (p) => this.liked(p.postId, p.userId));
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

  /** The replier's day, and the question's first reply. */
  async replyChanged(replyId: string): Promise<void> {
    const [r]: { author_id: string; created_at: Date; post_id: string; question: boolean }[] =
      await this.dataSource.query(
        `SELECT r.author_id, r.created_at, r.post_id, ${QUESTION} AS question
           FROM replies r JOIN posts p ON p.id = r.post_id WHERE r.id = $1`,
        [replyId],
      );
    if (!r) return;
    if (r.question) await this.questionsChanged([r.post_id]);
    await this.recompute([{ day: toUtcDay(r.created_at), userId: r.author_id }]);
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
