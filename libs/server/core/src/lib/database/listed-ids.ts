/** Up to this many ids go as one parameter each (`idsParam`); more go as one array. */
export const LISTED_IDS = 8;

/**
 * A list of ids for `= ANY(…)` as parameters from `$from` on. A few go as one parameter each, so
 * a prepared statement's generic plan knows how many rows it looks up and costs what a custom
 * plan does: PostgreSQL then stops planning it on every call. With one array parameter it assumes
 * ten, so a list of three was planned on every call (a page of three cards at 1M: 0.8 ms of
 * planning for 0.2 ms of running). Each count is its own statement text: at most LISTED_IDS + 1.
 */
export function idsParam(ids: readonly string[], from: number): { sql: string; values: unknown[] } {
  if (ids.length > LISTED_IDS) return { sql: `$${from}::uuid[]`, values: [ids] };
  if (!ids.length) return { sql: `ARRAY[]::uuid[]`, values: [] };
  return { sql: `ARRAY[${ids.map((_, i) => `$${from + i}::uuid`).join(', ')}]`, values: [...ids] };
}
