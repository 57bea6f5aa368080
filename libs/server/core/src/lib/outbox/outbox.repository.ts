import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATABASE_URL } from '../database/database.tokens';
import { OneStatement } from '../database/one-statement';
import { preparedQuery } from '../database/prepared-query';
import type { ClaimedJob, OutboxLane } from './outbox-handlers';

/** Notified at commit by the `outbox_jobs_notify` trigger (migration 1764001200000). */
export const OUTBOX_CHANNEL = 'outloud_outbox';

/** A job row to queue: `preclaimSeconds` set means it is queued already claimed by this process. */
export interface NewJob {
  type: string;
  handler: string;
  payload: unknown;
  /** In the fast lane. */
  fast: boolean;
  preclaimSeconds: number | null;
}

/**
 * The claim of a lane's due jobs (both lanes' when omitted): $1 how many, $2 the lock's seconds.
 * It reads only unclaimed jobs, in id order (`outbox_jobs_unclaimed_idx`, by lane): the rows a
 * finished job left behind are not in that index, so a claim costs what it finds, not what ran
 * before it. The ids are locked first, then updated through the primary key (`= ANY`): as a
 * join (`IN`), the update read the whole table under a backlog.
 */
export function claimSql(lane?: OutboxLane): string {
  // `fast = <lane>` ordered by (fast, id), as BULK_LAG_SQL: the form that reads the lane in
  // outbox_jobs_unclaimed_idx whatever the statistics (`NOT fast … ORDER BY id` chose the
  // primary key under an all-bulk backlog).
  const laneFilter = lane ? `AND fast = ${lane === 'fast'}` : '';
  const order = lane ? 'fast, id' : 'id';
  return `WITH claimed AS (
           UPDATE outbox_jobs SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
            WHERE id = ANY(ARRAY(
              SELECT id FROM outbox_jobs
               WHERE failed_at IS NULL AND locked_until IS NULL ${laneFilter} AND run_at <= now()
               ORDER BY ${order} LIMIT $1 FOR UPDATE SKIP LOCKED))
          RETURNING id, event_type, handler, payload, attempts)
         SELECT * FROM claimed ORDER BY id`;
}

/** The age of the oldest due bulk job (`OutboxRepository.bulkLagMs`). */
export const BULK_LAG_SQL = `
  SELECT (extract(epoch FROM now() - greatest(created_at, run_at)) * 1000)::float8 AS lag
    FROM outbox_jobs
   WHERE failed_at IS NULL AND locked_until IS NULL AND fast = false AND run_at <= now()
   ORDER BY fast, id LIMIT 1`;

/** Every statement on `outbox_jobs`: queue, claim, finish, retry, hand back, count. */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  /**
   * Adds the insert of `jobs` to a statement that writes what they are about. With `claimed`,
   * the pre-claimed rows are handed over after commit.
   */
  insertIn(statement: OneStatement, jobs: NewJob[], claimed?: (jobs: ClaimedJob[]) => void): void {
    if (jobs.length === 0) return;
    const rows = jobs.map(
      (job) =>
        `(${statement.param(job.type)}, ${statement.param(job.handler)}, ` +
        `${statement.param(JSON.stringify(job.payload))}::jsonb, ${job.fast}, ` +
        (job.preclaimSeconds !== null
          ? `now() + make_interval(secs => ${job.preclaimSeconds}), 1)`
          : `NULL, 0)`),
    );
    const insert = `INSERT INTO outbox_jobs (event_type, handler, payload, fast, locked_until, attempts)
                    VALUES ${rows.join(', ')}`;
    if (!claimed) {
      statement.write(insert);
      return;
    }
    statement.write(
      `${insert} RETURNING id, event_type, handler, payload, attempts, locked_until IS NOT NULL AS claimed`,
      (returned) =>
        claimed(
          returned
            .filter((job) => job['claimed'])
            .map((job) => ({
              id: String(job['id']),
              event_type: String(job['event_type']),
              handler: String(job['handler']),
              payload: job['payload'],
              attempts: Number(job['attempts']),
            })),
        ),
    );
  }

  /**
   * Claims up to `limit` due jobs of a lane (both when omitted), oldest first, for
   * `lockSeconds`. Concurrent workers (other processes) skip each other's rows.
   */
  async claim(limit: number, lockSeconds: number, lane?: OutboxLane): Promise<ClaimedJob[]> {
    const jobs = await preparedQuery<ClaimedJob>(this.dataSource, claimSql(lane), [
      limit,
      lockSeconds,
    ]);
    return jobs.map((j) => ({ ...j, id: String(j.id) }));
  }

  /**
   * Hands jobs whose lock expired (their process died, or never started them) back to the
   * queue, where a claim finds them. Returns how many.
   */
  async requeueExpired(): Promise<number> {
    const requeued: unknown[] = await this.dataSource.query(
      `UPDATE outbox_jobs SET locked_until = NULL
        WHERE failed_at IS NULL AND locked_until < now() RETURNING id`,
    );
    return requeued.length;
  }

  /**
   * Fast-lane jobs due and not yet claimed, counted up to `cap` (the count stops there: under
   * overload it is read often, and only whether it reached the cap matters).
   */
  async dueFastJobs(cap: number): Promise<number> {
    const [row] = await preparedQuery<{ count: number }>(
      this.dataSource,
      `SELECT count(*)::int AS count FROM (
         SELECT 1 FROM outbox_jobs
          WHERE failed_at IS NULL AND locked_until IS NULL AND fast AND run_at <= now()
          LIMIT $1) due`,
      [cap],
    );
    return row?.count ?? 0;
  }

  /**
   * How long the oldest due bulk job has waited unclaimed, in milliseconds (0 when none wait).
   * The bulk lane claims in id order, so this is how far derived data (search, analytics) runs
   * behind the writes. It reads the first entry of the lane's unclaimed index, however long the
   * backlog; a job waiting to be retried counts from when it is due again.
   */
  async bulkLagMs(): Promise<number> {
    const [row] = await preparedQuery<{ lag: number }>(this.dataSource, BULK_LAG_SQL, []);
    return Math.max(0, row?.lag ?? 0);
  }

  /** Jobs done: their rows go. */
  async delete(ids: string[]): Promise<void> {
    await preparedQuery(this.dataSource, `DELETE FROM outbox_jobs WHERE id = ANY($1::bigint[])`, [
      ids,
    ]);
  }

  /** Hands claimed jobs back at once (shutting down) instead of after their lock expires. */
  async release(ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_jobs SET locked_until = NULL, attempts = attempts - 1 WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** A failed attempt: retried after `delaySeconds`, or given up for good. */
  async recordFailure(
    id: string,
    message: string,
    delaySeconds: number,
    giveUp: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_jobs SET locked_until = NULL, last_error = $2, run_at = now() + make_interval(secs => $3),
                failed_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
      [id, message, delaySeconds, giveUp],
    );
  }

  /** Pending jobs and the age of the oldest per handler (failed ones apart). */
  async queueStats(): Promise<
    { handler: string; pending: number; oldestAgeSeconds: number; failed: number }[]
  > {
    const rows: { handler: string; pending: number; oldest: number; failed: number }[] =
      await this.dataSource.query(
        `SELECT handler,
                count(*) FILTER (WHERE failed_at IS NULL)::int AS pending,
                coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE failed_at IS NULL)), 0)::float8 AS oldest,
                count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed
           FROM outbox_jobs GROUP BY handler`,
      );
    return rows.map((r) => ({
      handler: r.handler,
      pending: r.pending,
      oldestAgeSeconds: r.oldest,
      failed: r.failed,
    }));
  }

  async backlog(): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_jobs WHERE failed_at IS NULL`,
    );
    return count;
  }

  /**
   * Listens on its own connection (outside the pool) for the commits that queued jobs; the
   * payload names the handlers of their unclaimed jobs. Resolves to a function that stops it.
   */
  async listen(
    onNotify: (payload: string) => void,
    onError: (error: Error) => void,
  ): Promise<() => Promise<void>> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', (n) => onNotify(n.payload ?? ''));
    client.on('error', onError);
    const stop = () => client.end().catch(() => undefined);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (e) {
      await stop();
      throw e;
    }
    return stop;
  }
}
