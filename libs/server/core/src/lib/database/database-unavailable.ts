/**
 * True when `error` says the database did not answer or refused for now — a timeout, a lost or
 * refused connection, a server shutting down or out of connections — as opposed to a bug or a
 * constraint. Such requests get SERVICE_UNAVAILABLE (HTTP 503, retry later), not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
// node-postgres's own words for a pool or connection that gave up.
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable|connection timeout/i;

/** The error and what it wraps (TypeORM's driverError, GraphQL's originalError, cause). */
function causes(error: unknown): { code?: unknown; message?: unknown }[] {
  const out: { code?: unknown; message?: unknown }[] = [];
  const queue = [error];
  while (queue.length && out.length < 10) {
    const e = queue.shift() as Record<string, unknown> | null | undefined;
    if (!e || typeof e !== 'object') continue;
    out.push(e);
    queue.push(e.driverError, e.originalError, e.cause);
  }
  return out;
}
