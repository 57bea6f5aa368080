import { applyAnsweringChange, rebuildAnswererWindow } from './analytics-answerers';
import { applyContributionChange, rebuildContributorWeeks } from './analytics-contributors';
import { COUNTED_POST, COUNTED_REPLY } from './analytics-counted';
import { applyHourlyChange, HourRow, rebuildHourlyTotals } from './analytics-hourly';
import { rebuildQuestions } from './analytics-questions';
import { dayStart, NO_COMMUNITY, returnedRows, SqlRunner, toUtcDay } from './analytics-sql';
import { applyPersonDayChange, rebuildSummaries, RollupRow } from './analytics-summaries';

export { dayStart, NO_COMMUNITY, toUtcDay } from './analytics-sql';
export type { SqlRunner } from './analytics-sql';

/** A time's bucket: its UTC day (a date), or the start of its UTC hour (whatever the session's zone). */
const BUCKET = {
  day: (column: string) => `(${column} AT TIME ZONE 'UTC')::date`,
  hour: (column: string) => `date_trunc('hour', ${column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
};
type Bucket = keyof typeof BUCKET;

/**
 * The one definition of what counts as activity, shared by the outbox handlers and the rebuild
 * so the two can never disagree: posts and questions on their creation day, replies on theirs,
 * likes given on posts and replies, and accepted answers on the day they were accepted
 * (credited to the reply's author) — all only while the content counts (`COUNTED_POST`,
 * `COUNTED_REPLY`): deleting or hiding a post takes its replies, likes and answer with it. A
 * reply or like counts in the community of its post. `$1`/`$2` bound the time range; with
 * `byUser`, `$3` is the person (each branch then walks that person's own index). `bucket`: per
 * UTC day (column `day`) or per UTC hour (column `hour`).
 */
export function activitySql(byUser: boolean, bucket: Bucket = 'day'): string {
  const utcDay = BUCKET[bucket]; // named for the default bucket
  const who = (column: string) => (byUser ? ` AND ${column} = $3` : '');
  const community = `coalesce(p.community_id, '${NO_COMMUNITY}'::uuid)`;
  return `
    SELECT ${bucket}, user_id, community_id, sum(posts)::int AS posts, sum(questions)::int AS questions,
           sum(replies)::int AS replies, sum(likes)::int AS likes, sum(accepted)::int AS accepted_answers
      FROM (
        SELECT ${utcDay('p.created_at')} AS ${bucket}, p.author_id AS user_id, ${community} AS community_id,
               1 AS posts, p.is_question::int AS questions, 0 AS replies, 0 AS likes, 0 AS accepted
          FROM posts p
         WHERE ${COUNTED_POST('p')} AND p.created_at >= $1 AND p.created_at < $2${who('p.author_id')}
        UNION ALL
        SELECT ${utcDay('r.created_at')}, r.author_id, ${community}, 0, 0, 1, 0, 0
          FROM replies r JOIN posts p ON p.id = r.post_id
         WHERE ${COUNTED_REPLY('r', 'p')} AND r.created_at >= $1 AND r.created_at < $2${who('r.author_id')}
        UNION ALL
        SELECT ${utcDay('l.created_at')}, l.user_id, ${community}, 0, 0, 0, 1, 0
          FROM likes l JOIN posts p ON p.id = l.subject_id
         WHERE l.subject_type = 'post' AND ${COUNTED_POST('p')}
           AND l.created_at >= $1 AND l.created_at < $2${who('l.user_id')}
        UNION ALL
        SELECT ${utcDay('l.created_at')}, l.user_id, ${community}, 0, 0, 0, 1, 0
          FROM likes l JOIN replies r ON r.id = l.subject_id JOIN posts p ON p.id = r.post_id
         WHERE l.subject_type = 'reply' AND ${COUNTED_REPLY('r', 'p')}
           AND l.created_at >= $1 AND l.created_at < $2${who('l.user_id')}
        UNION ALL
        SELECT ${utcDay('p.answered_at')}, r.author_id, ${community}, 0, 0, 0, 0, 1
          FROM replies r JOIN posts p ON p.id = r.post_id AND p.accepted_reply_id = r.id
         WHERE ${COUNTED_REPLY('r', 'p')}
           AND p.answered_at >= $1 AND p.answered_at < $2${who('r.author_id')}
      ) a
     GROUP BY ${bucket}, user_id, community_id`;
}

const SUMS = 'posts, questions, replies, likes, accepted_answers';
const COLUMNS = `day, user_id, community_id, ${SUMS}`;
const HOUR_COLUMNS = `hour, user_id, community_id, ${SUMS}`;

/** The daily rows of `[$1, $2)` (and of person `$3`, if given): the sums of their UTC hours. */
const daysFromHours = (byUser: boolean) =>
  `SELECT (hour AT TIME ZONE 'UTC')::date AS day, user_id, community_id,
          ${SUMS.split(', ')
            .map((k) => `sum(${k})`)
            .join(', ')}
     FROM analytics_hourly_activity
    WHERE hour >= $1::timestamptz AND hour < $2::timestamptz${byUser ? ' AND user_id = $3' : ''}
    GROUP BY 1, 2, 3`;

/**
 * Recomputes one person's rows for one day — its UTC hours from the source tables, the day from
 * its hours — and moves the summaries by the difference. Idempotent: running it twice, or late,
 * or for a day with nothing left, leaves exactly what a rebuild would. Call inside a transaction
 * (`run` is its manager); the advisory lock serialises two workers on the same person-day.
 */
export async function recomputePersonDay(run: SqlRunner, day: string, userId: string) {
  await run(`SELECT pg_advisory_xact_lock(hashtext('analytics:' || $1 || ':' || $2))`, [
    day,
    userId,
  ]);
  const range = [dayStart(day), dayStart(day, 1), userId];
  const hoursBefore = returnedRows<HourRow>(
    await run(
      `DELETE FROM analytics_hourly_activity
        WHERE user_id = $3 AND hour >= $1::timestamptz AND hour < $2::timestamptz
        RETURNING ${HOUR_COLUMNS}`,
      range,
    ),
  );
  const before = returnedRows<RollupRow>(
    await run(
      `DELETE FROM analytics_daily_activity WHERE day = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [day, userId],
    ),
  );
  const hoursAfter = returnedRows<HourRow>(
    await run(
      `INSERT INTO analytics_hourly_activity (${HOUR_COLUMNS}) ${activitySql(true, 'hour')}
       RETURNING ${HOUR_COLUMNS}`,
      range,
    ),
  );
  const after = returnedRows<RollupRow>(
    await run(
      `INSERT INTO analytics_daily_activity (${COLUMNS}) ${daysFromHours(true)} RETURNING ${COLUMNS}`,
      range,
    ),
  );
  await applyHourlyChange(run, hoursBefore, hoursAfter);
  await applyPersonDayChange(run, day, userId, before, after);
  await applyContributionChange(run, day, userId, before, after);
  await applyAnsweringChange(run, day, userId, before, after);
}

/**
 * Rebuilds the rollup for `[from, to]` (UTC days, inclusive; default: everything) from the source
 * tables in one statement per step: the hours from the source, the days from the hours. Used by seed:scale, after restores, and to pick up changes
 * that emit no event (see README). Call inside a transaction for an atomic swap.
 */
export async function rebuildAnalytics(
  run: SqlRunner,
  range: { from?: string; to?: string } = {},
): Promise<void> {
  const from = range.from ?? '1970-01-01';
  const to = range.to ?? '9999-12-31';
  const start = range.from ? dayStart(range.from) : '-infinity';
  const end = range.to ? dayStart(range.to, 1) : 'infinity';
  await run(
    `DELETE FROM analytics_hourly_activity WHERE hour >= $1::timestamptz AND hour < $2::timestamptz`,
    [start, end],
  );
  // In key order: the primary key is then built left to right instead of at random.
  await run(
    `INSERT INTO analytics_hourly_activity (${HOUR_COLUMNS})
     SELECT * FROM (${activitySql(false, 'hour')}) a ORDER BY user_id, hour`,
    [start, end],
  );
  await run(`DELETE FROM analytics_daily_activity WHERE day >= $1::date AND day <= $2::date`, [
    from,
    to,
  ]);
  await run(`INSERT INTO analytics_daily_activity (${COLUMNS}) ${daysFromHours(false)}`, [
    start,
    end,
  ]);
  await rebuildHourlyTotals(run, start, end);
  await rebuildSummaries(run, from, to);
  await rebuildContributorWeeks(run, range.from, range.to);
  await rebuildAnswererWindow(run, toUtcDay(new Date()));
  await rebuildQuestions(run, start, end);
  // Fresh statistics: the dashboard's plans depend on how many rows a range holds.
  for (const table of [
    'analytics_hourly_activity',
    'analytics_hourly_totals',
    'analytics_daily_activity',
    'analytics_daily_totals',
    'analytics_contributor_weeks',
    'analytics_answerer_window',
    'analytics_questions',
  ])
    await run(`ANALYZE ${table}`);
}
