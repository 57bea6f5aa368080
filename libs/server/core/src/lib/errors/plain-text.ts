import { BadUserInputError, FieldProblem } from './app-errors';

/**
 * NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not text:
 * they cannot be encoded as UTF-8). Refused at the edge rather than quietly changed.
 */
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const NOT_TEXT_MESSAGE =
  'Text may not contain NUL characters or unpaired surrogate code units.';

/** True when `value` holds a NUL or an unpaired surrogate. */
export function isNotText(value: string): boolean {
  return NOT_TEXT.test(value);
}

/**
 * Every string in `value` (objects and arrays walked), with its path, that is not text.
 * Depth is bounded by the JSON body limit and the parser; nothing here is re-walked.
 */
export function findNotText(value: unknown, path: (string | number)[] = []): FieldProblem[] {
  if (typeof value === 'string')
    return isNotText(value) ? [{ path, message: NOT_TEXT_MESSAGE }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findNotText(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findNotText(v, [...path, k]));
  return [];
}

/** Throws BAD_USER_INPUT (with the fields' paths) when any string in `value` is not text. */
export function assertText(value: unknown, path: (string | number)[] = []): void {
  const problems = findNotText(value, path);
  if (problems.length) throw new BadUserInputError(problems.slice(0, 10));
}
