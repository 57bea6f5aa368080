import { SqlRunner } from './analytics-sql';

/**
 * The hourly side of the rollup (migration 1765006000000): `analytics_hourly_activity` splits each
 * person-day by UTC hour, and `analytics_hourly_totals` keeps, per UTC hour, the posts, replies
 * and likes that count, for the unfiltered heatmap. The totals move with a person-day's hours by
 * difference, like the day totals; a rebuild recomputes them from the hours.
 */

/** One `analytics_hourly_activity` row's engagement, as RETURNING gives it. */
export interface HourRow {
  hour: Date | string;
  posts: number;
  replies: number;
  likes: number;
}

/** The heatmap's parts: what someone did in an hour (an accepted answer is not their action). */
export const ENGAGED = ['posts', 'replies', 'likes'] as const;
type Engagement = Record<(typeof ENGAGED)[number], number>;

const hourKey = (hour: Date | string) => new Date(hour).toISOString();

/** Per hour: the sums of `after` minus those of `before`, hours with no change left out, in hour order. */
export function hourlyDifference(
  before: readonly HourRow[],
  after: readonly HourRow[],
): { hour: string; change: Engagement }[] {
  const change = new Map<string, Engagement>();
  const add = (rows: readonly HourRow[], sign: number) => {
    for (const row of rows) {
      const key = hourKey(row.hour);
      const c = change.get(key) ?? { posts: 0, replies: 0, likes: 0 };
      for (const k of ENGAGED) c[k] += sign * Number(row[k]);
      change.set(key, c);
    }
  };
  add(before, -1);
  add(after, 1);
  return [...change.entries()]
    .filter(([, c]) => ENGAGED.some((k) => c[k] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([hour, c]) => ({ hour, change: c }));
}

/**
 * Moves `analytics_hourly_totals` from a person-day's old hours to its new ones. Rows are
 * written in hour order, before the day totals, so two recomputes never lock in a cycle.
 */
export async function applyHourlyChange(
  run: SqlRunner,
  before: readonly HourRow[],
  after: readonly HourRow[],
): Promise<void> {
  const moved = hourlyDifference(before, after);
  if (!moved.length) return;
  await run(
    `INSERT INTO analytics_hourly_totals AS t (hour, ${ENGAGED.join(', ')})
     SELECT * FROM unnest($1::timestamptz[], $2::int[], $3::int[], $4::int[])
     ON CONFLICT (hour) DO UPDATE SET ${ENGAGED.map((k) => `${k} = t.${k} + excluded.${k}`).join(', ')}`,
    [moved.map((m) => m.hour), ...ENGAGED.map((k) => moved.map((m) => m.change[k]))],
  );
}

/**
 * Recomputes the hourly totals of `[start, end)` from the hourly rows, which must already be
 * rebuilt for that range. Hours holding only accepted answers get no row (as events leave them).
 */
export async function rebuildHourlyTotals(run: SqlRunner, start: string, end: string) {
  const range = `hour >= $1::timestamptz AND hour < $2::timestamptz`;
  await run(`DELETE FROM analytics_hourly_totals WHERE ${range}`, [start, end]);
  await run(
    `INSERT INTO analytics_hourly_totals (hour, ${ENGAGED.join(', ')})
     SELECT hour, ${ENGAGED.map((k) => `sum(${k})`).join(', ')} FROM analytics_hourly_activity
      WHERE ${range} GROUP BY hour HAVING sum(posts + replies + likes) > 0`,
    [start, end],
  );
}
