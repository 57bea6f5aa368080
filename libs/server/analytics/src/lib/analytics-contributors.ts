import { dayStart, SqlRunner } from './analytics-sql';
import { RollupRow } from './analytics-summaries';

/**
 * Top contributors' weekly sums (migration 1765006100000): per ISO week and person, the replies,
 * accepted answers and posts of the person-day rows with a reply or an accepted answer — the
 * rows top contributors have always summed, so a period read as whole weeks plus edge days gives
 * the same answer as the days alone. Moved by a person-day recompute by difference; a rebuild
 * recomputes the weeks from the days.
 */

export interface Contribution {
  replies: number;
  acceptedAnswers: number;
  posts: number;
}

/** What a person-day's rows add to its week: only rows with a reply or an accepted answer. */
export function contributionOf(rows: readonly RollupRow[]): Contribution {
  const c = { replies: 0, acceptedAnswers: 0, posts: 0 };
  for (const row of rows) {
    const [replies, accepted] = [Number(row.replies), Number(row.accepted_answers)];
    if (replies + accepted === 0) continue;
    c.replies += replies;
    c.acceptedAnswers += accepted;
    c.posts += Number(row.posts);
  }
  return c;
}

/** The Monday (UTC) starting the ISO week of `day`. */
export function weekOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return dayStart(day, 1 - weekday).slice(0, 10);
}

/**
 * `[from, to]` (days, inclusive) as its whole weeks `[weeksFrom, weeksTo)` (Mondays) and the days
 * before and after them. Without a whole week, `weeksFrom = weeksTo` = the day after `to`, so
 * the days before cover the whole period.
 */
export function splitIntoWeeks(from: string, to: string): { weeksFrom: string; weeksTo: string } {
  const monday = weekOf(from);
  const weeksFrom = monday === from ? from : dayStart(monday, 7).slice(0, 10);
  const weeksTo = weekOf(dayStart(to, 1).slice(0, 10));
  if (weeksFrom >= weeksTo) {
    const after = dayStart(to, 1).slice(0, 10);
    return { weeksFrom: after, weeksTo: after };
  }
  return { weeksFrom, weeksTo };
}

/**
 * Moves the person's week by the difference a person-day recompute made. Called last in the
 * recompute's transaction: the row is the person's own, so no other lock waits behind it.
 */
export async function applyContributionChange(
  run: SqlRunner,
  day: string,
  userId: string,
  before: readonly RollupRow[],
  after: readonly RollupRow[],
): Promise<void> {
  const [was, is] = [contributionOf(before), contributionOf(after)];
  const change = {
    replies: is.replies - was.replies,
    accepted: is.acceptedAnswers - was.acceptedAnswers,
    posts: is.posts - was.posts,
  };
  if (!change.replies && !change.accepted && !change.posts) return;
  await run(
    `INSERT INTO analytics_contributor_weeks AS t (week, user_id, replies, accepted_answers, posts)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (week, user_id) DO UPDATE SET replies = t.replies + excluded.replies,
       accepted_answers = t.accepted_answers + excluded.accepted_answers, posts = t.posts + excluded.posts`,
    [weekOf(day), userId, change.replies, change.accepted, change.posts],
  );
}

/**
 * Recomputes the weeks touching `[from, to]` (days, inclusive; unbounded when not given) from the
 * person-day rows, which must already be rebuilt for that range (days outside it are read as
 * they are).
 */
export async function rebuildContributorWeeks(
  run: SqlRunner,
  from?: string,
  to?: string,
): Promise<void> {
  const first = from ? weekOf(from) : '-infinity';
  const afterLast = to ? dayStart(weekOf(to), 7).slice(0, 10) : 'infinity';
  await run(`DELETE FROM analytics_contributor_weeks WHERE week >= $1::date AND week < $2::date`, [
    first,
    afterLast,
  ]);
  await run(
    `INSERT INTO analytics_contributor_weeks (week, user_id, replies, accepted_answers, posts)
     SELECT day - (extract(isodow FROM day)::int - 1), user_id, sum(replies), sum(accepted_answers), sum(posts)
       FROM analytics_daily_activity
      WHERE day >= $1::date AND day < $2::date AND replies + accepted_answers > 0
      GROUP BY 1, 2`,
    [first, afterLast],
  );
}
