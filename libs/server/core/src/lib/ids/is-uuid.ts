/** A UUID's text, for patterns that embed one (match case-insensitively). */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

/**
 * Whether a client-supplied id can be a row id. Checked before a query, so a malformed id is
 * "not found" like any other unknown id instead of a PostgreSQL cast error.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
