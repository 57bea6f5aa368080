import { COUNTED_POST, COUNTED_REPLY } from './analytics-counted';
import { SqlRunner } from './analytics-sql';

/**
 * One row per question that counts (not deleted, not hidden): asked, first answered by someone other than the asker,
 * accepted, and the community it was asked in (NULL outside communities). Answer times then read the period's questions only, instead of probing replies for
 * each of them (25,000 questions a month at 1M posts).
 */
const QUESTION_ROWS = `
  SELECT p.id, p.created_at,
         (SELECT min(r.created_at) FROM replies r
           WHERE r.post_id = p.id AND r.author_id <> p.author_id AND ${COUNTED_REPLY('r', 'p')}),
         (SELECT p.answered_at FROM replies r
           WHERE r.id = p.accepted_reply_id AND ${COUNTED_REPLY('r', 'p')}),
         p.community_id
    FROM posts p WHERE p.is_question AND ${COUNTED_POST('p')}`;
const COLUMNS = 'post_id, asked_at, first_reply_at, accepted_at, community_id';

/**
 * Re-reads the posts' question rows; a post that is no longer a question loses its row. Call
 * inside a transaction: the advisory locks serialise two workers on the same question, so the
 * one that reads last also writes last.
 */
export async function recomputeQuestions(run: SqlRunner, postIds: string[]): Promise<void> {
  if (!postIds.length) return;
  await run(
    `SELECT pg_advisory_xact_lock(hashtext('analytics:question:' || id))
       FROM (SELECT id FROM unnest($1::uuid[]) AS id ORDER BY id) ids`,
    [postIds],
  );
  await run(`DELETE FROM analytics_questions WHERE post_id = ANY($1::uuid[])`, [postIds]);
  await run(
    `INSERT INTO analytics_questions (${COLUMNS}) ${QUESTION_ROWS} AND p.id = ANY($1::uuid[])`,
    [postIds],
  );
}

/** Rebuilds the rows of questions asked in `[from, to)` (timestamps). */
export async function rebuildQuestions(run: SqlRunner, from: string, to: string): Promise<void> {
  await run(`DELETE FROM analytics_questions WHERE asked_at >= $1 AND asked_at < $2`, [from, to]);
  await run(
    `INSERT INTO analytics_questions (${COLUMNS}) ${QUESTION_ROWS}
       AND p.created_at >= $1 AND p.created_at < $2`,
    [from, to],
  );
}
