import { weekOf } from './analytics-contributors';
import { dayStart, SqlRunner } from './analytics-sql';
import { RollupRow } from './analytics-summaries';

/**
 * People to nudge's weekly sums (migration 1765006400000): per community (or none), ISO week and
 * person, the replies and accepted answers of the person-day rows with either — the rows the
 * nudge ranking has always summed, so its 90 days read as whole weeks plus edge days rank the
 * same people. Moved by a person-day recompute by difference; a rebuild recomputes the weeks
 * from the days.
 */

interface Answering {
  replies: number;
  accepted: number;
}

/** What a person-day's rows add to each community's week: only rows with a reply or an accepted answer. */
export function answeringByCommunity(rows: readonly RollupRow[]): Map<string, Answering> {
  const by = new Map<string, Answering>();
  for (const row of rows) {
    const [replies, accepted] = [Number(row.replies), Number(row.accepted_answers)];
    if (replies + accepted === 0) continue;
    const sum = by.get(row.community_id) ?? { replies: 0, accepted: 0 };
    by.set(row.community_id, { replies: sum.replies + replies, accepted: sum.accepted + accepted });
  }
  return by;
}

/**
 * Moves the person's community weeks by the difference a person-day recompute made, communities
 * in id order (the rows are the person's own; the order keeps two of their days from deadlocking).
 */
export async function applyAnsweringChange(
  run: SqlRunner,
  day: string,
  userId: string,
  before: readonly RollupRow[],
  after: readonly RollupRow[],
): Promise<void> {
  const [was, is] = [answeringByCommunity(before), answeringByCommunity(after)];
  const communities = [...new Set([...was.keys(), ...is.keys()])].sort();
  for (const communityId of communities) {
    const [w, i] = [was.get(communityId), is.get(communityId)];
    const replies = (i?.replies ?? 0) - (w?.replies ?? 0);
    const accepted = (i?.accepted ?? 0) - (w?.accepted ?? 0);
    if (!replies && !accepted) continue;
    await run(
      `INSERT INTO analytics_answerer_weeks AS t (community_id, week, user_id, replies, accepted_answers)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (community_id, week, user_id) DO UPDATE SET replies = t.replies + excluded.replies,
         accepted_answers = t.accepted_answers + excluded.accepted_answers`,
      [communityId, weekOf(day), userId, replies, accepted],
    );
  }
}

/** The weeks from the person-days, for the weeks `[$1, $2)`. */
const ANSWERER_WEEKS_FROM_DAYS = `
  INSERT INTO analytics_answerer_weeks (community_id, week, user_id, replies, accepted_answers)
  SELECT community_id, day - (extract(isodow FROM day)::int - 1), user_id, sum(replies), sum(accepted_answers)
    FROM analytics_daily_activity
   WHERE day >= $1::date AND day < $2::date AND replies + accepted_answers > 0
   GROUP BY 1, 2, 3`;

/**
 * Recomputes the weeks touching `[from, to]` (days, inclusive; unbounded when not given) from the
 * person-day rows, which must already be rebuilt for that range.
 */
export async function rebuildAnswererWeeks(
  run: SqlRunner,
  from?: string,
  to?: string,
): Promise<void> {
  const first = from ? weekOf(from) : '-infinity';
  const afterLast = to ? dayStart(weekOf(to), 7).slice(0, 10) : 'infinity';
  await run(`DELETE FROM analytics_answerer_weeks WHERE week >= $1::date AND week < $2::date`, [
    first,
    afterLast,
  ]);
  await run(ANSWERER_WEEKS_FROM_DAYS, [first, afterLast]);
}
