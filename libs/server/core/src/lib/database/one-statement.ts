import { EntityManager } from 'typeorm';

/**
 * Several writes sent as one statement (data-modifying CTEs). PostgreSQL runs a statement
 * atomically, so writes that need no reads in between commit together in one round trip,
 * without BEGIN and COMMIT: a status update with its mentions, tags and outbox jobs went from
 * six round trips to one. The writes share one snapshot and cannot see each other's rows;
 * foreign keys between them are checked at the end of the statement, so a post and its
 * mentions may go in together.
 */
export class OneStatement {
  readonly params: unknown[] = [];
  private readonly writes: string[] = [];

  /** A placeholder bound to `value`. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a write (`INSERT`, `UPDATE` or `DELETE`, without `RETURNING`). */
  write(sql: string): this {
    this.writes.push(sql);
    return this;
  }

  get isEmpty(): boolean {
    return this.writes.length === 0;
  }

  /** Runs every write, inside `manager`'s transaction when it has one. */
  async run(manager: EntityManager): Promise<void> {
    if (this.isEmpty) return;
    const ctes = this.writes.map((sql, i) => `w${i} AS (${sql})`).join(',\n');
    await manager.query(`WITH ${ctes}\nSELECT 1`, this.params);
  }
}
