import { z } from 'zod';
import { BadUserInputError } from './app-errors';

/**
 * Validates input at the edge with a zod schema. Problems become BAD_USER_INPUT with field paths
 * rooted at `root` (the GraphQL argument name), so clients can point at the right field.
 */
export function validateInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'input',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new BadUserInputError(
    parsed.error.issues.map((issue) => ({
      path: [root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}

/** Trims, NFC-normalises and strips control characters from a one-line text field. */
export function cleanLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
}

/** Like cleanLine but keeps newlines and tabs (bios, post bodies). */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}
