import { LIMITS } from '@outloud/contracts';
import { BadUserInputError } from '../errors/app-errors';
import { isUuid } from '../ids/is-uuid';

/**
 * Opaque keyset cursors: base64url of a JSON array of the sort key values of the last row.
 * Decoding validates shape and types, so a tampered cursor is a clear BAD_USER_INPUT, never SQL.
 */
export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const invalidCursor = (path: string[]) =>
  BadUserInputError.field(path, 'This cursor is not valid; start again from the first page.');

export function decodeCursor(
  cursor: string,
  shape: ('string' | 'number')[],
  path = ['after'],
): CursorValue[] {
  const invalid = () => invalidCursor(path);
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

/**
 * What one position of a cursor holds. Each kind is checked when decoding, so a forged value is
 * BAD_USER_INPUT on `after` before any SQL casts it (a cast error would be an internal error).
 */
const CURSOR_FIELDS = {
  /** Any text (a sort key such as a lower-cased name). */
  text: { type: 'string', valid: () => true },
  /** An ISO timestamp (as toISOString writes it); encoded from a Date or a timestamp string. */
  timestamp: {
    type: 'string',
    valid: (v: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  },
  uuid: { type: 'string', valid: isUuid },
  /** A bigserial id as a decimal string, within bigint. */
  serial: {
    type: 'string',
    valid: (v: string) => /^\d{1,19}$/.test(v) && BigInt(v) <= 9223372036854775807n,
  },
  /** A rank or score. */
  number: { type: 'number', valid: () => true },
  /** How many results came before (offset pages): a non-negative integer. */
  offset: { type: 'number', valid: (v: number) => Number.isInteger(v) && v >= 0 },
} as const;

export type CursorFieldKind = keyof typeof CURSOR_FIELDS;
type DecodedField<K extends CursorFieldKind> = (typeof CURSOR_FIELDS)[K]['type'] extends 'number'
  ? number
  : string;
type EncodedField<K extends CursorFieldKind> = K extends 'timestamp'
  ? Date | string
  : DecodedField<K>;

export type CursorOf<F extends Record<string, CursorFieldKind>> = {
  [N in keyof F]: DecodedField<F[N]>;
};

export interface CursorCodec<F extends Record<string, CursorFieldKind>> {
  encode(key: { [N in keyof F]: EncodedField<F[N]> }): string;
  /** The key of a cursor (null for none); BAD_USER_INPUT on `path` for one that is not valid. */
  decode(cursor: string | null | undefined, path?: string[]): CursorOf<F> | null;
  /** A page from `limit + 1` rows, each cursor encoding the row's key. */
  page<T>(
    rows: T[],
    limit: number,
    keyOf: (row: T) => { [N in keyof F]: EncodedField<F[N]> },
  ): Page<T>;
}

/**
 * One keyset (or offset) cursor shape, named once per list: `cursorCodec({ createdAt:
 * 'timestamp', id: 'uuid' })`. Cursors stay the JSON array of the values in field order
 * (`encodeCursor`), so the ones clients already hold keep working.
 */
export function cursorCodec<const F extends Record<string, CursorFieldKind>>(
  fields: F,
  options: { max?: number } = {},
): CursorCodec<F> {
  const names = Object.keys(fields) as (keyof F & string)[];
  const kinds = names.map((n) => fields[n] as CursorFieldKind);
  const values = (key: Record<string, Date | string | number>): CursorValue[] =>
    names.map((n, i) =>
      kinds[i] === 'timestamp' ? new Date(key[n]).toISOString() : (key[n] as CursorValue),
    );
  const encode = (key: Record<string, Date | string | number>) => encodeCursor(values(key));
  return {
    encode,
    decode(cursor, path = ['after']) {
      if (cursor === null || cursor === undefined) return null;
      const decoded = decodeCursor(
        cursor,
        kinds.map((k) => CURSOR_FIELDS[k].type),
        path,
      );
      const key: Record<string, CursorValue> = {};
      decoded.forEach((v, i) => {
        const field = CURSOR_FIELDS[kinds[i]] as { valid: (v: CursorValue) => boolean };
        const overMax =
          kinds[i] === 'offset' && options.max !== undefined && Number(v) > options.max;
        if (!field.valid(v) || overMax) throw invalidCursor(path);
        key[names[i]] = v;
      });
      return key as CursorOf<F>;
    },
    page(rows, limit, keyOf) {
      return toPage(rows, limit, (row) => values(keyOf(row)));
    },
  };
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

/** The most common key: newest (or oldest) first by creation time, ties broken by id. */
export const createdAtCursor = cursorCodec({ createdAt: 'timestamp', id: 'uuid' });
/** Offset pages (ranked lists whose order has no stable key). */
export const offsetCursor = cursorCodec({ offset: 'offset' });
