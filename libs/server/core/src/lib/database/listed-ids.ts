/** Up to this many values go as one parameter each (`listParam`); more go as one array. */
const LISTED_VALUES = 8;

/**
 * A list for `= ANY(…)` as parameters from `$from` on. A few values go as one parameter each, so
 * a prepared statement's generic plan knows how many rows it looks up and costs what a custom
 * plan does: PostgreSQL then stops planning it on every call. With one array parameter it assumes
 * ten, so a list of three was planned on every call (a page of three cards at 1M: 0.8 ms of
 * planning for 0.2 ms of running). Each count is its own statement text: at most
 * LISTED_VALUES + 2 (none, one to eight, more).
 */
export function listParam(
  list: readonly string[],
  from: number,
  type: 'uuid' | 'text',
): { sql: string; values: unknown[] } {
  if (list.length > LISTED_VALUES) return { sql: `$${from}::${type}[]`, values: [list] };
  if (!list.length) return { sql: `ARRAY[]::${type}[]`, values: [] };
  const listed = list.map((_, i) => `$${from + i}::${type}`).join(', ');
  return { sql: `ARRAY[${listed}]`, values: [...list] };
}

/** `listParam` of ids. */
export function idsParam(ids: readonly string[], from: number): { sql: string; values: unknown[] } {
  return listParam(ids, from, 'uuid');
}
