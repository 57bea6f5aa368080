import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cluster-safe scheduler's tasks (core `Scheduler`): one row per periodic task, claimed for
 * a lease by one node at a time (`locked_until`), due again `next_run_at`.
 */
export class ScheduledTasks1765001000000 implements MigrationInterface {
  name = 'ScheduledTasks1765001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduled_tasks (
        name text PRIMARY KEY,
        next_run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        last_error text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scheduled_tasks`);
  }
}
