import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Every statement on `scheduled_tasks` (migration 1765001000000). */
@Injectable()
export class ScheduledTaskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A row per task, due at once the first time; existing rows keep their schedule. */
  async ensure(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO scheduled_tasks (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`,
      [names],
    );
  }

  /**
   * Claims the due tasks among `names` for `leaseSeconds`. One conditional UPDATE: when two nodes
   * race for a row, the second waits for the first's row lock, re-reads the row, finds it leased
   * and skips it, so each due run goes to exactly one node.
   */
  async claimDue(names: string[], leaseSeconds: number): Promise<string[]> {
    if (names.length === 0) return [];
    const rows: { name: string }[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE scheduled_tasks
            SET locked_until = now() + make_interval(secs => $2), last_started_at = now()
          WHERE name = ANY($1::text[]) AND next_run_at <= now()
            AND (locked_until IS NULL OR locked_until < now())
         RETURNING name)
       SELECT name FROM claimed`,
      [names, leaseSeconds],
    );
    return rows.map((r) => r.name);
  }

  /** A run ended: the next one is due `everySeconds` after now; the lease is given back. */
  async finish(name: string, everySeconds: number, error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_tasks
          SET locked_until = NULL, next_run_at = now() + make_interval(secs => $2),
              last_finished_at = now(), last_error = $3
        WHERE name = $1`,
      [name, everySeconds, error],
    );
  }

  /** Makes a task due now (tests, and an admin change that should apply at once). */
  async makeDue(name: string): Promise<void> {
    await this.dataSource.query(`UPDATE scheduled_tasks SET next_run_at = now() WHERE name = $1`, [
      name,
    ]);
  }
}
