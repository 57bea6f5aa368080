/** Runs one SQL statement: a TypeORM EntityManager/DataSource `query` or a pg Client `query`. */
export type SqlRunner = (sql: string, params?: unknown[]) => Promise<unknown>;

/** Stands for "not in a community" in the rollup's primary key (NULL cannot be in one). */
export const NO_COMMUNITY = '00000000-0000-0000-0000-000000000000';

/** `YYYY-MM-DD` of a time, in UTC (rollup days are UTC days). */
export function toUtcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC midnight starting `day` plus `offsetDays`, as an ISO timestamp. */
export function dayStart(day: string, offsetDays = 0): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString();
}

/** The RETURNING rows of a `SqlRunner` call: TypeORM gives `[rows, count]` for DELETE, pg a result. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return (Array.isArray(result[0]) ? result[0] : result) as T[];
  return (result as { rows: T[] }).rows;
}

/** How much of a question's Markdown body the dashboard reads to quote it (its excerpt is shorter). */
export const QUESTION_BODY_READ = 1000;
/** Characters of a question's plain-text excerpt in tables and CSV. */
export const QUESTION_EXCERPT_CHARS = 160;

/** Does the period end today (or later)? Then nobody's activity can lie after it. */
export const reachesToday = (r: { to: string }, now: Date = new Date()) => r.to >= toUtcDay(now);

/**
 * "Active (or contributed) on some day of [from, to]" over an `analytics_people` alias. When the
 * period reaches today nothing can lie after it, so the kept last day answers alone, without
 * decompressing the person's multirange of days (about 3 µs each, 20,000 people at 1M posts);
 * otherwise the last day first rules out those gone quiet before `from`.
 */
export function activeInPeriod(
  alias: string,
  kind: 'active' | 'contributed',
  from: string,
  to: string,
  reachesToday: boolean,
): string {
  const last = `${alias}.last_${kind}_day`;
  return reachesToday
    ? `${last} BETWEEN ${from}::date AND ${to}::date` // nobody's last day lies after today
    : `(${last} >= ${from}::date AND ${alias}.${kind}_days && daterange(${from}::date, ${to}::date, '[]'))`;
}
