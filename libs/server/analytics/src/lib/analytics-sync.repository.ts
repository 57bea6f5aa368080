import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recomputeQuestions } from './analytics-questions';
import { PersonDay, recomputePersonDays } from './analytics-rollup';

/** A time something was done and who did it: which person-day it counts in. */
export interface DatedAction {
  at: Date;
  userId: string;
}

/** A post as the outbox handlers need it: its author's day and its accepted answer's. */
export interface SyncedPost {
  id: string;
  authorId: string;
  createdAt: Date;
  answeredAt: Date | null;
  answererId: string | null;
  /** Has, or may need, a question row. */
  question: boolean;
}

/**
 * Whether post `p` has, or may need, a question row: most posts are status updates, whose
 * events then skip the question recompute (a transaction of four statements).
 */
const QUESTION = `(p.is_question OR EXISTS (SELECT 1 FROM analytics_questions q WHERE q.post_id = p.id))`;

const dated = (rows: { at: Date; user_id: string }[]): DatedAction[] =>
  rows.map((row) => ({ at: row.at, userId: row.user_id }));

/**
 * The outbox handlers' reads of the rows an event names, and the recomputes they trigger (one
 * transaction each). The recomputes themselves are `recomputePersonDays` and `recomputeQuestions`,
 * the same definitions the rebuild uses.
 */
@Injectable()
export class AnalyticsSyncRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async posts(postIds: string[]): Promise<SyncedPost[]> {
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
    return rows.map((p) => ({
      id: p.id,
      authorId: p.author_id,
      createdAt: p.created_at,
      answeredAt: p.answered_at,
      answererId: p.answerer,
      question: p.question,
    }));
  }

  /** The reply's post, and whether that post has or may need a question row; null if gone. */
  async replyPost(replyId: string): Promise<{ postId: string; question: boolean } | null> {
    const [r]: { post_id: string; question: boolean }[] = await this.dataSource.query(
      `SELECT r.post_id, ${QUESTION} AS question FROM replies r JOIN posts p ON p.id = r.post_id
        WHERE r.id = $1`,
      [replyId],
    );
    return r ? { postId: r.post_id, question: r.question } : null;
  }

  /** The reply itself, its acceptance and its likes. */
  async replyActions(replyId: string): Promise<DatedAction[]> {
    return dated(
      await this.dataSource.query(
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

  /** Whether the post has or may need a question row; null if it is gone. */
  async postQuestion(postId: string): Promise<boolean | null> {
    const [p]: { question: boolean }[] = await this.dataSource.query(
      `SELECT ${QUESTION} AS question FROM posts p WHERE p.id = $1`,
      [postId],
    );
    return p ? p.question : null;
  }

  /** Everything done in a thread: the post, its accepted answer, its replies and their likes. */
  async threadActions(postId: string): Promise<DatedAction[]> {
    return dated(
      await this.dataSource.query(
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

  async replyAuthor(replyId: string): Promise<string | null> {
    const [r]: { author_id: string }[] = await this.dataSource.query(
      `SELECT author_id FROM replies WHERE id = $1`,
      [replyId],
    );
    return r?.author_id ?? null;
  }

  /** When the person liked the post; null if the like was taken back. */
  async postLikedAt(postId: string, userId: string): Promise<Date | null> {
    const [l]: { created_at: Date }[] = await this.dataSource.query(
      `SELECT created_at FROM likes WHERE subject_type = 'post' AND subject_id = $1 AND user_id = $2`,
      [postId, userId],
    );
    return l?.created_at ?? null;
  }

  /** Recomputes the posts' question rows (sorted ids, so two workers lock in one order). */
  async recomputeQuestions(postIds: string[]): Promise<void> {
    await this.dataSource.transaction((tx) =>
      recomputeQuestions((sql, params) => tx.query(sql, params), [...new Set(postIds)].sort()),
    );
  }

  /** Recomputes person-days, their hours and the summaries, in one transaction. */
  async recomputePersonDays(personDays: PersonDay[]): Promise<void> {
    await this.dataSource.transaction((tx) =>
      recomputePersonDays((sql, params) => tx.query(sql, params), personDays),
    );
  }
}
