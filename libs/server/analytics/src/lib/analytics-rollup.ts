import { applyAnsweringChange, rebuildAnswererWindow } from './analytics-answerers';
import { applyContributionChange, rebuildContributorWeeks } from './analytics-contributors';
import { COUNTED_POST, COUNTED_REPLY } from './analytics-counted';
import { applyHourlyChange, HourRow, rebuildHourlyTotals } from './analytics-hourly';
import { rebuildQuestions } from './analytics-questions';
import { dayStart, NO_COMMUNITY, returnedRows, SqlRunner, toUtcDay } from './analytics-sql';
import {
  applyDayTotalsChange,
  applyPersonDayChange,
  rebuildSummaries,
  RollupRow,
} from './analytics-summaries';

export { dayStart, NO_COMMUNITY, toUtcDay } from './analytics-sql';
export type { SqlRunner } from './analytics-sql';

/** A time's bucket: its UTC day (a date), or the start of its UTC hour (whatever the session's zone). */
const BUCKET = {
  day: (column: string) => `(${column} AT TIME ZONE 'UTC')::date`,
  hour: (column: string) => `date_trunc('hour', ${column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
};
type Bucket = keyof typeof BUCKET;

/** Where `activitySql` takes its time range and person from: parameters, or a joined row's columns. */
export interface ActivityFilter {
  from: string;
  to: string;
  user?: string;
  /** A FROM item each branch joins, whose columns `from`, `to` and `user` name (many person-days). */
  joins?: string;
  /**
   * Bounds around every joined range (parameters), so a branch may read its time index once for
   * all the person-days instead of once per person (accepted answers: a day's few hundred, not
   * each answerer's every reply).
   */
  within?: { from: string; to: string };
}

/**
 * The one definition of what counts as activity, shared by the outbox handlers and the rebuild
 * so the two can never disagree: posts and questions on their creation day, replies on theirs,
 * likes given on posts and replies, and accepted answers on the day they were accepted
 * (credited to the reply's author) — all only while the content counts (`COUNTED_POST`,
 * `COUNTED_REPLY`): deleting or hiding a post takes its replies, likes and answer with it. A
 * reply or like counts in the community of its post. `$1`/`$2` bound the time range; with
 * `byUser`, `$3` is the person (each branch then walks that person's own index); a filter names
 * other expressions for them (a joined row's columns). `bucket`: per UTC day (column `day`) or
 * per UTC hour (column `hour`).
 */
export function activitySql(byUser: boolean | ActivityFilter, bucket: Bucket = 'day'): string {
  const f: ActivityFilter =
    typeof byUser === 'object' ? byUser : { from: '$1', to: '$2', user: byUser ? '$3' : undefined };
  const utcDay = BUCKET[bucket]; // named for the default bucket
  const who = (column: string) => (f.user ? ` AND ${column} = ${f.user}` : '');
  const bounded = (column: string) =>
    f.within ? ` AND ${column} >= ${f.within.from} AND ${column} < ${f.within.to}` : '';
  const within = (column: string) =>
    `${column} >= ${f.from} AND ${column} < ${f.to}${bounded(column)}`;
  const keys = f.joins ? `, ${f.joins}` : '';
  const community = `coalesce(p.community_id, '${NO_COMMUNITY}'::uuid)`;
  return `
    SELECT ${bucket}, user_id, community_id, sum(posts)::int AS posts, sum(questions)::int AS questions,
           sum(replies)::int AS replies, sum(likes)::int AS likes, sum(accepted)::int AS accepted_answers
      FROM (
        SELECT ${utcDay('p.created_at')} AS ${bucket}, p.author_id AS user_id, ${community} AS community_id,
               1 AS posts, p.is_question::int AS questions, 0 AS replies, 0 AS likes, 0 AS accepted
          FROM posts p${keys}
         WHERE ${COUNTED_POST('p')} AND ${within('p.created_at')}${who('p.author_id')}
        UNION ALL
        SELECT ${utcDay('r.created_at')}, r.author_id, ${community}, 0, 0, 1, 0, 0
          FROM replies r JOIN posts p ON p.id = r.post_id${keys}
         WHERE ${COUNTED_REPLY('r', 'p')} AND ${within('r.created_at')}${who('r.author_id')}
        UNION ALL
        SELECT ${utcDay('l.created_at')}, l.user_id, ${community}, 0, 0, 0, 1, 0
          FROM likes l JOIN posts p ON p.id = l.subject_id${keys}
         WHERE l.subject_type = 'post' AND ${COUNTED_POST('p')}
           AND ${within('l.created_at')}${who('l.user_id')}
        UNION ALL
        SELECT ${utcDay('l.created_at')}, l.user_id, ${community}, 0, 0, 0, 1, 0
          FROM likes l JOIN replies r ON r.id = l.subject_id JOIN posts p ON p.id = r.post_id${keys}
         WHERE l.subject_type = 'reply' AND ${COUNTED_REPLY('r', 'p')}
           AND ${within('l.created_at')}${who('l.user_id')}
        UNION ALL
        SELECT ${utcDay('p.answered_at')}, r.author_id, ${community}, 0, 0, 0, 0, 1
          FROM replies r JOIN posts p ON p.id = r.post_id AND p.accepted_reply_id = r.id${keys}
         WHERE ${COUNTED_REPLY('r', 'p')}
           AND ${within('p.answered_at')}${who('r.author_id')}
      ) a
     GROUP BY ${bucket}, user_id, community_id`;
}

const SUMS = 'posts, questions, replies, likes, accepted_answers';
const COLUMNS = `day, user_id, community_id, ${SUMS}`;
const HOUR_COLUMNS = `hour, user_id, community_id, ${SUMS}`;

/** The daily rows of `[$1, $2)`: the sums of their UTC hours. */
const daysFromHours = () =>
  `SELECT (hour AT TIME ZONE 'UTC')::date AS day, user_id, community_id,
          ${SUMS.split(', ')
            .map((k) => `sum(${k})`)
            .join(', ')}
     FROM analytics_hourly_activity
    WHERE hour >= $1::timestamptz AND hour < $2::timestamptz
    GROUP BY 1, 2, 3`;

/** A person's UTC day: what one recompute re-reads. */
export interface PersonDay {
  day: string;
  userId: string;
}

const personDayKey = (day: string, userId: string) => `${day}:${userId}`;
const rowDay = (row: { hour?: Date | string; day_key?: string }) =>
  row.day_key ?? toUtcDay(new Date(row.hour!));

/** The rows of each person-day (`rows` from one of the set statements below). */
function byPersonDay<T extends { user_id: string; hour?: Date | string; day_key?: string }>(
  rows: T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = personDayKey(rowDay(row), row.user_id);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** The person-days as parallel arrays (UTC day start, end, person), joined as `k`. */
const KEYS = `unnest($1::timestamptz[], $2::timestamptz[], $3::uuid[]) AS k(start, stop, user_id)`;

/**
 * Recomputes one person's rows for one day — its UTC hours from the source tables, the day from
 * its hours — and moves the summaries by the difference. Idempotent: running it twice, or late,
 * or for a day with nothing left, leaves exactly what a rebuild would. Call inside a transaction
 * (`run` is its manager); the advisory lock serialises two workers on the same person-day.
 */
export async function recomputePersonDay(run: SqlRunner, day: string, userId: string) {
  await recomputePersonDays(run, [{ day, userId }]);
}

/**
 * `recomputePersonDay` for many person-days in the same number of statements as one (a batch of
 * new posts by a hundred people costs a dozen statements, not a dozen per person): each step
 * reads or writes every person-day at once; the summaries move by the summed difference, in key
 * order. Call inside a transaction.
 */
export async function recomputePersonDays(run: SqlRunner, personDays: PersonDay[]) {
  const keys = [
    ...new Map(personDays.map((p) => [personDayKey(p.day, p.userId), p])).values(),
  ].sort((a, b) => (personDayKey(a.day, a.userId) < personDayKey(b.day, b.userId) ? -1 : 1));
  if (keys.length === 0) return;
  // One lock per person-day, taken in key order (two batches never wait on each other in a cycle).
  await run(
    `SELECT count(pg_advisory_xact_lock(hashtext('analytics:' || d || ':' || u)))
       FROM (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(d, u, n) ORDER BY n) k`,
    [keys.map((k) => k.day), keys.map((k) => k.userId)],
  );
  const range = [
    keys.map((k) => dayStart(k.day)),
    keys.map((k) => dayStart(k.day, 1)),
    keys.map((k) => k.userId),
  ];
  const inKey = (alias: string, column: string) =>
    `${alias}.user_id = k.user_id AND ${alias}.${column} >= k.start AND ${alias}.${column} < k.stop`;
  const hoursBefore = returnedRows<HourRow & RollupRow & { user_id: string }>(
    await run(
      `DELETE FROM analytics_hourly_activity h USING ${KEYS} WHERE ${inKey('h', 'hour')}
       RETURNING h.hour, h.user_id, h.community_id, ${prefixed('h', SUMS)}`,
      range,
    ),
  );
  const before = returnedRows<RollupRow & { user_id: string; day_key: string }>(
    await run(
      `DELETE FROM analytics_daily_activity d
        USING unnest($1::date[], $2::uuid[]) AS k(day, user_id)
        WHERE d.day = k.day AND d.user_id = k.user_id
       RETURNING d.day::text AS day_key, d.user_id, d.community_id, ${prefixed('d', SUMS)}`,
      [keys.map((k) => k.day), keys.map((k) => k.userId)],
    ),
  );
  // Each branch joins the keys itself (no LATERAL): the planner may then read a branch's time
  // index once for the whole batch, between the earliest start and the latest stop ($4, $5).
  const activity = activitySql(
    {
      from: 'k.start',
      to: 'k.stop',
      user: 'k.user_id',
      joins: KEYS,
      within: { from: '$4::timestamptz', to: '$5::timestamptz' },
    },
    'hour',
  );
  const [starts, stops] = range as string[][];
  const hoursAfter = returnedRows<HourRow & RollupRow & { user_id: string }>(
    await run(
      `INSERT INTO analytics_hourly_activity (${HOUR_COLUMNS}) SELECT a.* FROM (${activity}) a
       RETURNING ${HOUR_COLUMNS}`,
      [...range, starts.reduce(earliest), stops.reduce(latest)],
    ),
  );
  const after = returnedRows<RollupRow & { user_id: string; day_key: string }>(
    await run(
      `INSERT INTO analytics_daily_activity (${COLUMNS})
       SELECT (h.hour AT TIME ZONE 'UTC')::date, h.user_id, h.community_id,
              ${SUMS.split(', ')
                .map((k) => `sum(h.${k})`)
                .join(', ')}
         FROM ${KEYS} JOIN analytics_hourly_activity h ON ${inKey('h', 'hour')}
        GROUP BY 1, 2, 3
       RETURNING day::text AS day_key, ${COLUMNS}`,
      range,
    ),
  );
  const [was, is] = [byPersonDay(before), byPersonDay(after)];
  const changes = keys.map(({ day, userId }) => ({
    day,
    userId,
    before: was.get(personDayKey(day, userId)) ?? [],
    after: is.get(personDayKey(day, userId)) ?? [],
  }));
  // Lock order, as for one person-day: hour totals, day totals, then each person-day's own rows.
  await applyHourlyChange(run, hoursBefore, hoursAfter);
  await applyDayTotalsChange(run, changes);
  for (const { day, userId, before: b, after: a } of changes) {
    await applyPersonDayChange(run, day, userId, b, a);
    await applyContributionChange(run, day, userId, b, a);
    await applyAnsweringChange(run, day, userId, b, a);
  }
}

/** ISO timestamps of one zone compare as strings. */
const earliest = (a: string, b: string) => (a < b ? a : b);
const latest = (a: string, b: string) => (a > b ? a : b);

const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

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
  await run(`INSERT INTO analytics_daily_activity (${COLUMNS}) ${daysFromHours()}`, [start, end]);
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
