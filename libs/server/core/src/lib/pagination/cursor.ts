import { LIMITS } from '@outloud/contracts';
import { BadUserInputError } from '../errors/app-errors';

/**
 * Opaque keyset cursors: base64url of a JSON array of the sort key values of the last row.
 * Decoding validates shape and types, so a tampered cursor is a clear BAD_USER_INPUT, never SQL.
 */
export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  shape: ('string' | 'number')[],
  path = ['after'],
): CursorValue[] {
  const invalid = () =>
    BadUserInputError.field(path, 'This cursor is not valid; start again from the first page.');
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(values) || values.length !== shape.length) throw invalid();
  values.forEach((v, i) => {
    if (typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v))) throw invalid();
  });
  return values as CursorValue[];
}

/** Validates `first`: 1..100, default 20. */
export function pageSize(first: number | null | undefined, path = ['first']): number {
  if (first === null || first === undefined) return LIMITS.pageSize.default;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSize.max) {
    throw BadUserInputError.field(path, `"first" must be between 1 and ${LIMITS.pageSize.max}.`);
  }
  return first;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
}

/** Builds a page from `limit + 1` fetched rows. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorValue[]): Page<T> {
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(keyOf(n))),
    hasNextPage: rows.length > limit,
  };
}
