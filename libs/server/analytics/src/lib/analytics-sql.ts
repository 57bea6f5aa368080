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
