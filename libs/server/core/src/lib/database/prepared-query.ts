import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { idsParam } from './listed-ids';

const names = new Map<string, string>();

/**
 * Runs a read as a named prepared statement on the pool, outside any transaction. PostgreSQL
 * then parses it once per connection and, once its generic plan proves as cheap as custom ones,
 * stops planning it: the home feed's statement spent 7 ms planning for 1 ms executing.
 * Only for statements whose text comes from a fixed set (the name is a hash of the text, and
 * each connection keeps every statement it prepared).
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

/**
 * `preparedQuery` unless `manager` is inside a transaction, whose own connection then runs it
 * (unnamed): for reads that callers make both on their own and inside a write's transaction.
 */
export function preparedQueryIn<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  if (manager.queryRunner?.isTransactionActive) return manager.query(text, values);
  return preparedQuery<T>(manager.connection, text, values);
}

const byIdStatements = new Map<new () => unknown, Map<string, string>>();

/**
 * Rows of an entity by primary key (`id`), as a prepared statement: the loaders' hot path (a
 * feed page's people, a search page's posts). Columns come from the entity's metadata, named by
 * property, so the rows have the entity's shape. Entities with column transformers are refused
 * (their raw values would differ from what TypeORM returns).
 *
 * `extra` adds computed columns to the same statement (`SQL AS "name"`, the table aliased `t`):
 * a fact the caller would otherwise fetch in a second round trip. Its text must be fixed.
 */
export function findByIdsPrepared<T, Row extends T = T>(
  dataSource: DataSource,
  entity: new () => T,
  ids: readonly string[],
  extra = '',
): Promise<Row[]> {
  if (!ids.length) return Promise.resolve([]);
  let texts = byIdStatements.get(entity);
  if (!texts) byIdStatements.set(entity, (texts = new Map()));
  // A few ids as one parameter each: the generic plan then fits (see idsParam).
  const listed = idsParam(ids, 1);
  const key = `${listed.sql}|${extra}`;
  let text = texts.get(key);
  if (!text) {
    const { select, table } = entityColumns(dataSource, entity);
    text = `SELECT ${select}${extra ? `, ${extra}` : ''} FROM "${table}" t WHERE t.id = ANY(${listed.sql})`;
    texts.set(key, text);
  }
  return preparedQuery<Row>(dataSource, text, listed.values);
}

/**
 * An entity's columns as `t."column" AS "property"` (what TypeORM's find returns, without its
 * per-row work) and its table: for hand-written statements that read whole entities.
 */
export function entityColumns(
  dataSource: DataSource,
  entity: new () => unknown,
): { select: string; table: string } {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((c) => c.isSelect);
  const transformed = columns.find((c) => c.transformer);
  if (transformed)
    throw new Error(`${metadata.name}.${transformed.propertyName} has a transformer`);
  return {
    select: columns.map((c) => `t."${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    table: metadata.tableName,
  };
}

/**
 * Named statements for SQL built from a request's shape (search: one ranking term per word,
 * optional filters), where the set of texts is open. An unnamed statement is parsed and planned
 * on every call: for the search statement that was 2–3 ms of PostgreSQL's CPU, more than running
 * it. A text gets a name from its second use while fewer than `limit` texts hold one; the others
 * run unnamed. That bounds what each pooled connection keeps (about 200 KB of cached plan per
 * search statement) whatever people type.
 */
export class BoundedStatements {
  private readonly named = new Map<string, string>();
  /** Texts seen once; forgotten wholesale when it grows past `limit` × 20 (one-off shapes). */
  private readonly seenOnce = new Set<string>();

  constructor(private readonly limit: number) {}

  async query<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
    const name = this.nameFor(text);
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query(name ? { name, text, values } : { text, values });
    return result.rows as T[];
  }

  /** The statement's name, or null while it runs unnamed. */
  nameFor(text: string): string | null {
    const known = this.named.get(text);
    if (known) return known;
    if (this.named.size >= this.limit) return null;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= this.limit * 20) this.seenOnce.clear();
      this.seenOnce.add(text);
      return null;
    }
    this.seenOnce.delete(text);
    const name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    this.named.set(text, name);
    return name;
  }

  /** How many texts hold a name (for tests and diagnostics). */
  get size(): number {
    return this.named.size;
  }
}
