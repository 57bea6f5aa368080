import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that queues outbox jobs wakes the workers (NOTIFY is delivered at commit, once
 * per transaction however many statements queued). As a trigger, a write that queues its jobs
 * inside a larger statement (`OneStatement`) needs no extra `SELECT pg_notify(...)`.
 */
export class OutboxNotifyTrigger1764001200000 implements MigrationInterface {
  name = 'OutboxNotifyTrigger1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION outbox_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('outloud_outbox', '');
         RETURN NULL;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER outbox_jobs_notify AFTER INSERT ON outbox_jobs
         FOR EACH STATEMENT EXECUTE FUNCTION outbox_jobs_notify()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_jobs_notify ON outbox_jobs`);
    await q.query(`DROP FUNCTION outbox_jobs_notify()`);
  }
}
