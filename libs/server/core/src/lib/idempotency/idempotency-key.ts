import { z } from 'zod';
import { validateInput } from '../errors/validate';

/**
 * A composer's idempotency key: generated once per composer (a UUID in the web client), sent
 * with every attempt of the same write.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'An idempotency key is 8–100 letters, digits, "-" or "_".');

/** The `idempotencyKey` argument of a create mutation. */
export const IDEMPOTENCY_KEY_ARG = {
  type: () => String,
  nullable: true,
  description:
    'Generated once per composer and sent with every attempt: a retry or double click with the same key returns the first result instead of writing twice (kept a day).',
};

/** Validates an optional key at the edge (`root` names the argument or header). */
export function readIdempotencyKey(value: unknown, root = 'idempotencyKey'): string | null {
  if (value === undefined || value === null || value === '') return null;
  return validateInput(idempotencyKeySchema, value, root);
}

/** Which write a key belongs to: a person's key for a post never answers for a reply. */
export type IdempotencyScope = 'post' | 'reply' | 'bookmark' | 'file';
