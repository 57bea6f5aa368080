import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OneStatement } from '../database/one-statement';
import { IdempotencyScope } from './idempotency-key';

/** How long a key is remembered: far longer than any retry or double click. */
const KEY_LIFETIME = '1 day';

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

  /**
   * Adds the key's row to the one statement of a write (and clears the person's expired keys):
   * a new key then costs no transaction of its own. A key used before fails the whole statement
   * (nothing is written; `isTaken` tells), and the caller goes the way of `run`, which replays.
   * A second attempt racing the first waits on the key until the first commits, then fails.
   */
  addClaim(
    statement: OneStatement,
    w: { userId: string; scope: IdempotencyScope; key: string; resultId: string },
  ): void {
    const userId = statement.param(w.userId);
    statement.write(
      `DELETE FROM idempotency_keys WHERE user_id = ${userId}
          AND created_at < now() - interval '${KEY_LIFETIME}'`,
    );
    statement.write(
      `INSERT INTO idempotency_keys (user_id, scope, key, result_id)
       VALUES (${userId}, ${statement.param(w.scope)}, ${statement.param(w.key)}, ${statement.param(w.resultId)})`,
    );
  }

  /** Whether a write failed because its key (`addClaim`) was used before. */
  isTaken(error: unknown): boolean {
    const e = error as {
      code?: string;
      constraint?: string;
      driverError?: { code?: string; constraint?: string };
    };
    const pg = e?.driverError ?? e;
    return pg?.code === '23505' && pg.constraint === 'idempotency_keys_pkey';
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
