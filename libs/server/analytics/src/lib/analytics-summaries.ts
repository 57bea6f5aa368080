import { NO_COMMUNITY, returnedRows, SqlRunner } from './analytics-sql';

/**
 * The summaries the dashboard reads instead of grouping every person-day of a period (migration
 * 1764001300000): day totals, community days, and the days each person was active, as date
 * multiranges. They move with the person-day rows, in the same transaction, by the difference a
 * recompute made; a rebuild recomputes them from the rollup.
 */

/** One `analytics_daily_activity` row, as RETURNING gives it. */
export interface RollupRow {
  community_id: string;
  posts: number;
  questions: number;
  replies: number;
  likes: number;
  accepted_answers: number;
}

export const SUMMED = ['posts', 'questions', 'replies', 'likes', 'accepted_answers'] as const;
type Sums = Record<(typeof SUMMED)[number], number>;

/** "Active" is posted, replied or liked; "contributed" is posted or replied. */
const isActive = (s: Sums) => s.posts + s.replies + s.likes > 0;
const hasContributed = (s: Sums) => s.posts + s.replies > 0;

function sum(rows: RollupRow[]): Sums {
  const s = { posts: 0, questions: 0, replies: 0, likes: 0, accepted_answers: 0 };
  for (const row of rows) for (const k of SUMMED) s[k] += Number(row[k]);
  return s;
}

/** Per community (outside-community rows excluded), in a fixed order so locks never cross. */
function byCommunity(rows: RollupRow[]): Map<string, Sums> {
  const groups = new Map<string, RollupRow[]>();
  for (const row of rows)
    if (row.community_id !== NO_COMMUNITY)
      groups.set(row.community_id, [...(groups.get(row.community_id) ?? []), row]);
  return new Map([...groups.keys()].sort().map((c) => [c, sum(groups.get(c) ?? [])]));
}

const oneDay = `datemultirange(daterange($2::date, $2::date, '[]'))`;
/** Adds the day to a multirange column when `flag` is true, removes it otherwise. */
const markDay = (column: string, flag: string, table: string) =>
  `CASE WHEN ${flag} THEN ${table}.${column} + ${oneDay} ELSE ${table}.${column} - ${oneDay} END`;

/** What one person-day was (`before`) and is (`after`). */
export interface PersonDayChange {
  day: string;
  before: RollupRow[];
  after: RollupRow[];
}

/**
 * Moves the day totals by the summed difference of person-days (any number, one statement):
 * days in order, so two recomputes never lock in a cycle.
 */
export async function applyDayTotalsChange(
  run: SqlRunner,
  changes: readonly PersonDayChange[],
): Promise<void> {
  const moved = new Map<string, { active: number; sums: Sums }>();
  for (const { day, before, after } of changes) {
    const [was, is] = [sum(before), sum(after)];
    const m = moved.get(day) ?? { active: 0, sums: sum([]) };
    m.active += Number(isActive(is)) - Number(isActive(was));
    for (const k of SUMMED) m.sums[k] += is[k] - was[k];
    moved.set(day, m);
  }
  const days = [...moved.keys()]
    .filter((d) => moved.get(d)!.active !== 0 || SUMMED.some((k) => moved.get(d)!.sums[k] !== 0))
    .sort();
  if (!days.length) return;
  await run(
    `INSERT INTO analytics_daily_totals AS t (day, active_people, ${SUMMED.join(', ')})
     SELECT * FROM unnest($1::date[], $2::int[], ${SUMMED.map((_, i) => `$${i + 3}::int[]`).join(', ')})
     ON CONFLICT (day) DO UPDATE SET active_people = t.active_people + excluded.active_people,
       ${SUMMED.map((k) => `${k} = t.${k} + excluded.${k}`).join(', ')}`,
    [
      days,
      days.map((d) => moved.get(d)!.active),
      ...SUMMED.map((k) => days.map((d) => moved.get(d)!.sums[k])),
    ],
  );
}

/**
 * Moves the rest of the summaries from what one person-day was (`before`) to what it is
 * (`after`), after `applyDayTotalsChange`. Locks are taken in one order (day totals, community
 * days, the person, their communities) so two recomputes never wait on each other in a cycle.
 */
export async function applyPersonDayChange(
  run: SqlRunner,
  day: string,
  userId: string,
  before: RollupRow[],
  after: RollupRow[],
): Promise<void> {
  const [was, is] = [sum(before), sum(after)];
  const [wasIn, isIn] = [byCommunity(before), byCommunity(after)];
  const communities = [...new Set([...wasIn.keys(), ...isIn.keys()])].sort();
  const none = sum([]);
  const moved = communities.filter((c) => {
    const [w, i] = [wasIn.get(c) ?? none, isIn.get(c) ?? none];
    return w.posts !== i.posts || w.replies !== i.replies;
  });
  if (moved.length)
    await run(
      `INSERT INTO analytics_community_days AS t (community_id, day, posts, replies)
       SELECT c, $2::date, p, r FROM unnest($1::uuid[], $3::int[], $4::int[]) AS x(c, p, r)
       ON CONFLICT (community_id, day) DO UPDATE SET posts = t.posts + excluded.posts,
         replies = t.replies + excluded.replies`,
      [
        moved,
        day,
        moved.map((c) => (isIn.get(c) ?? none).posts - (wasIn.get(c) ?? none).posts),
        moved.map((c) => (isIn.get(c) ?? none).replies - (wasIn.get(c) ?? none).replies),
      ],
    );

  if (isActive(is) !== isActive(was) || hasContributed(is) !== hasContributed(was))
    await run(
      `INSERT INTO analytics_people AS t (user_id, active_days, contributed_days)
       VALUES ($1, CASE WHEN $3 THEN ${oneDay} ELSE '{}' END, CASE WHEN $4 THEN ${oneDay} ELSE '{}' END)
       ON CONFLICT (user_id) DO UPDATE SET active_days = ${markDay('active_days', '$3', 't')},
         contributed_days = ${markDay('contributed_days', '$4', 't')}`,
      [userId, day, isActive(is), hasContributed(is)],
    );

  const flipped = communities.filter(
    (c) => isActive(wasIn.get(c) ?? none) !== isActive(isIn.get(c) ?? none),
  );
  if (flipped.length) await moveCommunityPresence(run, day, userId, flipped, isIn);
}

type LastDayRow = { community_id: string; last_day: string | null };
const lastDays = (result: unknown) =>
  new Map(returnedRows<LastDayRow>(result).map((r) => [r.community_id, r.last_day]));

/**
 * Marks the day in the person's active days of each community in `flipped`, and moves them
 * between `analytics_community_recency` buckets when their last active day changed. The rows are
 * locked first, so the last day read is the one the update replaces.
 */
async function moveCommunityPresence(
  run: SqlRunner,
  day: string,
  userId: string,
  flipped: string[],
  isIn: Map<string, Sums>,
): Promise<void> {
  const lastDay = `(upper(t.active_days) - 1)::text AS last_day`;
  const was = lastDays(
    await run(
      `SELECT community_id, ${lastDay} FROM analytics_community_people t
        WHERE user_id = $1 AND community_id = ANY($2::uuid[]) ORDER BY community_id FOR UPDATE`,
      [userId, flipped],
    ),
  );
  const is = lastDays(
    await run(
      `INSERT INTO analytics_community_people AS t (community_id, user_id, active_days)
       SELECT c, $1::uuid, CASE WHEN a THEN ${oneDay} ELSE '{}' END
         FROM unnest($3::uuid[], $4::boolean[]) AS x(c, a)
       -- The proposed row carries the flag: one day when active, empty when not.
       ON CONFLICT (community_id, user_id) DO UPDATE SET active_days = ${markDay('active_days', "excluded.active_days <> '{}'", 't')}
       RETURNING community_id, ${lastDay}`,
      [userId, day, flipped, flipped.map((c) => isActive(isIn.get(c) ?? sum([])))],
    ),
  );
  const moves: { community: string; day: string; people: number }[] = [];
  for (const c of flipped) {
    const [from, to] = [was.get(c) ?? null, is.get(c) ?? null];
    if (from === to) continue;
    if (from) moves.push({ community: c, day: from, people: -1 });
    if (to) moves.push({ community: c, day: to, people: 1 });
  }
  if (!moves.length) return;
  moves.sort((a, b) => (a.community + a.day < b.community + b.day ? -1 : 1));
  await run(
    `INSERT INTO analytics_community_recency AS t (community_id, last_day, people)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::int[])
     ON CONFLICT (community_id, last_day) DO UPDATE SET people = t.people + excluded.people`,
    [moves.map((m) => m.community), moves.map((m) => m.day), moves.map((m) => m.people)],
  );
}

/**
 * Recomputes the summaries of `[from, to]` (UTC days, inclusive) from the person-day rows, which
 * must already be rebuilt for that range.
 */
export async function rebuildSummaries(run: SqlRunner, from: string, to: string): Promise<void> {
  const range = [from, to];
  const inRange = `day >= $1::date AND day <= $2::date`;
  const period = `datemultirange(daterange($1::date, $2::date, '[]'))`;
  const days = (condition: string) =>
    `coalesce(range_agg(daterange(day, day, '[]')) FILTER (WHERE ${condition}), '{}')`;
  await run(`DELETE FROM analytics_daily_totals WHERE ${inRange}`, range);
  await run(
    `INSERT INTO analytics_daily_totals (day, active_people, ${SUMMED.join(', ')})
     SELECT day, count(*) FILTER (WHERE active), ${SUMMED.map((k) => `sum(${k})`).join(', ')}
       FROM (SELECT day, user_id, bool_or(posts + replies + likes > 0) AS active,
                    ${SUMMED.map((k) => `sum(${k}) AS ${k}`).join(', ')}
               FROM analytics_daily_activity WHERE ${inRange} GROUP BY day, user_id) x
      GROUP BY day`,
    range,
  );
  await run(`DELETE FROM analytics_community_days WHERE ${inRange}`, range);
  await run(
    `INSERT INTO analytics_community_days (community_id, day, posts, replies)
     SELECT community_id, day, sum(posts), sum(replies) FROM analytics_daily_activity
      WHERE ${inRange} AND community_id <> '${NO_COMMUNITY}' GROUP BY community_id, day`,
    range,
  );
  // Presence: take the range out of everyone's days, then add back what the rollup holds.
  await run(
    `UPDATE analytics_people SET active_days = active_days - ${period},
            contributed_days = contributed_days - ${period}
      WHERE active_days && ${period} OR contributed_days && ${period}`,
    range,
  );
  await run(
    `INSERT INTO analytics_people AS t (user_id, active_days, contributed_days)
     SELECT user_id, ${days('posts + replies + likes > 0')}, ${days('posts + replies > 0')}
       FROM analytics_daily_activity WHERE ${inRange} GROUP BY user_id
     ON CONFLICT (user_id) DO UPDATE SET active_days = t.active_days + excluded.active_days,
       contributed_days = t.contributed_days + excluded.contributed_days`,
    range,
  );
  await run(
    `UPDATE analytics_community_people SET active_days = active_days - ${period}
      WHERE active_days && ${period}`,
    range,
  );
  await run(
    `INSERT INTO analytics_community_people AS t (community_id, user_id, active_days)
     SELECT community_id, user_id, ${days('posts + replies + likes > 0')}
       FROM analytics_daily_activity WHERE ${inRange} AND community_id <> '${NO_COMMUNITY}'
      GROUP BY community_id, user_id
     ON CONFLICT (community_id, user_id) DO UPDATE SET active_days = t.active_days + excluded.active_days`,
    range,
  );
  await run(`DELETE FROM analytics_community_recency`);
  await run(
    `INSERT INTO analytics_community_recency (community_id, last_day, people)
     SELECT community_id, upper(active_days) - 1, count(*) FROM analytics_community_people
      WHERE NOT isempty(active_days) GROUP BY 1, 2`,
  );
}
