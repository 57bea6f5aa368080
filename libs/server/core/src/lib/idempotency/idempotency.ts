import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { validateInput } from '../errors/validate';

/** How long a key is remembered: far longer than any retry or double click. */
const KEY_LIFETIME = '1 day';

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

export interface IdempotentWrite<T> {
  userId: string;
  scope: IdempotencyScope;
  /** Null: no key was sent, the write simply runs. */
  key: string | null;
  /** The id the write will give its row, chosen before it runs. */
  resultId: string;
  /** The write itself, in `tx`; runs only when the key is new. */
  write: () => Promise<T>;
  /** Reads the first write's result when the key was used before. */
  replay: (firstResultId: string) => Promise<T>;
}

/**
 * Double submission (two clicks, or a retry after a lost answer) returns the first result. The
 * key row is inserted first in the write's transaction: a second attempt with the same key waits
 * on the unique key until the first commits, then reads its result; if the first rolled back,
 * the second writes. SQL for `idempotency_keys` lives here only.
 */
@Injectable()
export class IdempotencyKeys {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The first result of a key already used, else null: lets an upload answer before reading a
   * body it would throw away.
   */
  async firstResult(userId: string, scope: IdempotencyScope, key: string): Promise<string | null> {
    const [row]: { result_id: string }[] = await this.dataSource.query(
      `SELECT result_id FROM idempotency_keys
        WHERE user_id = $1 AND scope = $2 AND key = $3 AND created_at >= now() - interval '${KEY_LIFETIME}'`,
      [userId, scope, key],
    );
    return row?.result_id ?? null;
  }

  async run<T>(tx: EntityManager, w: IdempotentWrite<T>): Promise<T> {
    if (!w.key) return w.write();
    const claimed: unknown[] = await tx.query(
      `WITH expired AS (
         DELETE FROM idempotency_keys WHERE user_id = $1 AND created_at < now() - interval '${KEY_LIFETIME}'
       )
       INSERT INTO idempotency_keys (user_id, scope, key, result_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [w.userId, w.scope, w.key, w.resultId],
    );
    if (claimed.length) return w.write();
    const [first]: { result_id: string }[] = await tx.query(
      `SELECT result_id FROM idempotency_keys WHERE user_id = $1 AND scope = $2 AND key = $3`,
      [w.userId, w.scope, w.key],
    );
    // Gone only if it expired in between: the key is as good as new.
    return first ? w.replay(first.result_id) : w.write();
  }
}
