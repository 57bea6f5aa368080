import { returnedRows, SqlRunner } from './analytics-sql';
import { RollupRow } from './analytics-summaries';

/**
 * People to nudge's window (migration 1765006600000): per community (or none) and person, the
 * replies and accepted answers of the person-day rows with either over the NUDGE_DAYS days
 * before the window's last day and that day — exactly the rows the ranking used to sum on every
 * dashboard (95 ms at 1M posts; reading the window's first rows takes about 1 ms). The window's
 * last day is kept in `analytics_answerer_window_state`. A person-day recompute moves the window
 * by difference when its day lies inside; moving the window to another last day adds the days
 * that enter and takes away the days that leave; a rebuild recomputes it from the person-days.
 */

/** How far back "people who answer in this community" looks: the window is these days and its last. */
export const NUDGE_DAYS = 90;

interface Answering {
  replies: number;
  accepted: number;
}

/** What a person-day's rows add to each community: only rows with a reply or an accepted answer. */
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

/** `day` plus `days`, as `YYYY-MM-DD` (UTC days). */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The window's last day, locked: `FOR SHARE` while moving rows by difference, `FOR UPDATE` to move it. */
async function windowEnd(run: SqlRunner, lock: 'SHARE' | 'UPDATE'): Promise<string | null> {
  const [state] = returnedRows<{ ends: string | null }>(
    await run(`SELECT ends::text FROM analytics_answerer_window_state FOR ${lock}`),
  );
  return state?.ends ?? null;
}

/**
 * Moves the window by the difference a person-day recompute made, if the day lies inside it;
 * communities in id order (the rows are the person's own; the order keeps two of their days from
 * deadlocking). The state row is locked first, as moving the window does, so the two never
 * deadlock either and a day is never counted twice or missed while the window moves.
 */
export async function applyAnsweringChange(
  run: SqlRunner,
  day: string,
  userId: string,
  before: readonly RollupRow[],
  after: readonly RollupRow[],
): Promise<void> {
  const [was, is] = [answeringByCommunity(before), answeringByCommunity(after)];
  const changes = [...new Set([...was.keys(), ...is.keys()])]
    .sort()
    .map((communityId) => {
      const [w, i] = [was.get(communityId), is.get(communityId)];
      return {
        communityId,
        replies: (i?.replies ?? 0) - (w?.replies ?? 0),
        accepted: (i?.accepted ?? 0) - (w?.accepted ?? 0),
      };
    })
    .filter((c) => c.replies || c.accepted);
  if (!changes.length) return;
  const ends = await windowEnd(run, 'SHARE');
  if (!ends || day > ends || day < addDays(ends, -NUDGE_DAYS)) return;
  for (const c of changes)
    await run(
      `INSERT INTO analytics_answerer_window AS t (community_id, user_id, replies, accepted_answers)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, user_id) DO UPDATE SET replies = t.replies + excluded.replies,
         accepted_answers = t.accepted_answers + excluded.accepted_answers`,
      [c.communityId, userId, c.replies, c.accepted],
    );
}

/**
 * Makes `today` the window's last day: nothing if it is already; the days that enter and leave
 * if the two windows overlap (one day each, day after day); otherwise, or on the first call,
 * every day of the new window. Call inside a transaction.
 */
export async function moveAnswererWindow(run: SqlRunner, today: string): Promise<void> {
  const ends = await windowEnd(run, 'UPDATE');
  if (ends === today) return;
  const first = addDays(today, -NUDGE_DAYS);
  const overlaps =
    !!ends && Math.abs(Date.parse(today) - Date.parse(ends)) <= NUDGE_DAYS * 86_400_000;
  // [days that enter], [days that leave]: inclusive ranges of UTC days.
  const [enter, leave]: [string, string][] = !overlaps
    ? [
        [first, today],
        ['infinity', '-infinity'],
      ]
    : today > ends
      ? [
          [addDays(ends, 1), today],
          [addDays(ends, -NUDGE_DAYS), addDays(first, -1)],
        ]
      : // Earlier (tests, a clock set back): the mirror image.
        [
          [first, addDays(ends, -NUDGE_DAYS - 1)],
          [addDays(today, 1), ends],
        ];
  if (!overlaps) await run(`DELETE FROM analytics_answerer_window`);
  await run(
    `INSERT INTO analytics_answerer_window AS t (community_id, user_id, replies, accepted_answers)
     SELECT community_id, user_id,
            sum(CASE WHEN day BETWEEN $1::date AND $2::date THEN replies ELSE -replies END),
            sum(CASE WHEN day BETWEEN $1::date AND $2::date THEN accepted_answers ELSE -accepted_answers END)
       FROM analytics_daily_activity
      WHERE (day BETWEEN $1::date AND $2::date OR day BETWEEN $3::date AND $4::date)
        AND replies + accepted_answers > 0
      GROUP BY 1, 2
     ON CONFLICT (community_id, user_id) DO UPDATE SET replies = t.replies + excluded.replies,
       accepted_answers = t.accepted_answers + excluded.accepted_answers`,
    [...enter, ...leave],
  );
  // People whose answers all left the window are not kept at zero.
  if (overlaps)
    await run(`DELETE FROM analytics_answerer_window WHERE replies = 0 AND accepted_answers = 0`);
  await run(`UPDATE analytics_answerer_window_state SET ends = $1::date`, [today]);
}

/**
 * Recomputes the window from the person-days (which must be rebuilt already), for the last day
 * it had, or for `today` if it had none.
 */
export async function rebuildAnswererWindow(run: SqlRunner, today: string): Promise<void> {
  const ends = await windowEnd(run, 'UPDATE');
  await run(`UPDATE analytics_answerer_window_state SET ends = NULL`);
  await moveAnswererWindow(run, ends ?? today);
}
