import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that queues outbox jobs wakes the workers (NOTIFY is delivered at commit). As
 * a trigger, a write that queues its jobs inside a larger statement (`OneStatement`) needs no
 * extra `SELECT pg_notify(...)`. The payload names the handlers of the unclaimed jobs, so each
 * worker wakes only the lanes with something to claim; jobs queued already claimed (by the
 * process that wrote them) wake nobody.
 */
export class OutboxNotifyTrigger1764001200000 implements MigrationInterface {
  name = 'OutboxNotifyTrigger1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION outbox_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         handlers text;
       BEGIN
         SELECT string_agg(DISTINCT handler, ',') INTO handlers FROM queued WHERE locked_until IS NULL;
         IF handlers IS NOT NULL THEN
           PERFORM pg_notify('outloud_outbox', handlers);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER outbox_jobs_notify AFTER INSERT ON outbox_jobs
         REFERENCING NEW TABLE AS queued
         FOR EACH STATEMENT EXECUTE FUNCTION outbox_jobs_notify()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_jobs_notify ON outbox_jobs`);
    await q.query(`DROP FUNCTION outbox_jobs_notify()`);
  }
}
