import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim reads only the jobs of its lane that nobody holds, in id order.
 *
 * Most fast jobs are queued already claimed by the process that wrote them and deleted a few
 * milliseconds later. Their entries stayed in `(handler, id)` and in the primary key until
 * vacuum, and every claim walked them, visiting each row to learn it was gone: about 220 buffers
 * a fast-lane claim for 2.4 rows, 850 a bulk claim of 100, under create load on `peer`. Indexed
 * only while unclaimed, they never enter the claims' index. Jobs whose lock expired are handed
 * back to it (`OutboxRepository.requeueExpired`).
 *
 * The lane is stored (`fast`) so that one index serves both lanes in id order: by handler, the
 * bulk lane (every handler but the fast ones) could not use it. Jobs queued before this runs
 * are bulk; a fast one among them runs once in the bulk lane. `outbox_jobs_due_idx` had no
 * reader left (the backlog and the stats read the whole table, as they did) and goes, so a job
 * is inserted into two indexes, or one when it is queued already claimed.
 */
export class OutboxUnclaimedJobsByLane1765006900000 implements MigrationInterface {
  name = 'OutboxUnclaimedJobsByLane1765006900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_jobs ADD COLUMN fast boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX outbox_jobs_unclaimed_idx ON outbox_jobs (fast, id)
        WHERE failed_at IS NULL AND locked_until IS NULL`,
    );
    await q.query(`DROP INDEX outbox_jobs_handler_due_idx`);
    await q.query(`DROP INDEX outbox_jobs_due_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX outbox_jobs_due_idx ON outbox_jobs (run_at, id) WHERE failed_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_jobs_handler_due_idx ON outbox_jobs (handler, id) WHERE failed_at IS NULL`,
    );
    await q.query(`DROP INDEX outbox_jobs_unclaimed_idx`);
    await q.query(`ALTER TABLE outbox_jobs DROP COLUMN fast`);
  }
}
