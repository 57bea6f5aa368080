import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutloudEventName, OutloudEvents } from './events';

export type EventHandler<K extends OutloudEventName> = (payload: OutloudEvents[K]) => Promise<void>;

interface Registration {
  name: string;
  handle: (payload: unknown) => Promise<void>;
}

const MAX_ATTEMPTS = 10;
const LOCK_SECONDS = 60;
export const OUTBOX_CHANNEL = 'outloud_outbox';

/**
 * Transactional outbox. `enqueue` writes one job row per registered handler inside the caller's
 * transaction, so an acknowledged write always has its side effects queued; the worker delivers
 * them after commit, retries with backoff, and survives restarts. Handlers must be idempotent.
 */
@Injectable()
export class OutboxService implements OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, Registration[]>();
  private wakeUp: (() => void) | null = null;
  private pendingWake = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Registers a handler; `name` must be stable across releases (it is stored with each job). */
  on<K extends OutloudEventName>(type: K, name: string, handle: EventHandler<K>): void {
    const list = this.handlers.get(type) ?? [];
    if (list.some((r) => r.name === name))
      throw new Error(`Duplicate outbox handler ${name} for ${type}`);
    list.push({ name, handle: handle as (payload: unknown) => Promise<void> });
    this.handlers.set(type, list);
  }

  /** Queues an event inside `manager`'s transaction. */
  async enqueue<K extends OutloudEventName>(
    manager: EntityManager,
    type: K,
    payload: OutloudEvents[K],
  ): Promise<void> {
    const handlers = this.handlers.get(type) ?? [];
    if (handlers.length === 0) return;
    const values: unknown[] = [];
    const rows = handlers.map((h, i) => {
      values.push(type, h.name, JSON.stringify(payload));
      return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO outbox_jobs (event_type, handler, payload) VALUES ${rows.join(', ')}`,
      values,
    );
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    this.nudge();
  }

  /** Wakes the in-process worker (other processes hear the pg_notify sent at commit). */
  nudge(): void {
    if (this.wakeUp) this.wakeUp();
    else this.pendingWake = true;
  }

  /** Waits until nudged or `ms` passes (used by the worker loop). */
  waitForWork(ms: number): Promise<void> {
    if (this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }

  /**
   * Claims and runs up to `limit` due jobs. Returns how many were claimed. Concurrent workers
   * (other processes) skip each other's rows.
   */
  async runDueJobs(limit = 50, keepGoing: () => boolean = () => true): Promise<number> {
    const jobs: {
      id: string;
      event_type: string;
      handler: string;
      payload: unknown;
      attempts: number;
    }[] = await this.dataSource.query(
      // Wrapped in a CTE so TypeORM returns plain rows (it returns [rows, count] for UPDATE).
      `WITH claimed AS (
           UPDATE outbox_jobs SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
            WHERE id IN (
              SELECT id FROM outbox_jobs
               WHERE failed_at IS NULL AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
               ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, event_type, handler, payload, attempts)
         SELECT * FROM claimed ORDER BY id`,
      [limit, LOCK_SECONDS],
    );
    // Each handler sees its jobs in order (notifications keep the order of events); different
    // handlers (search, notifications, realtime) work side by side.
    const byHandler = new Map<string, typeof jobs>();
    for (const job of jobs)
      byHandler.set(job.handler, [...(byHandler.get(job.handler) ?? []), job]);
    const handedBack: string[] = [];
    await Promise.all(
      [...byHandler.values()].map(async (queue) => {
        for (const [index, job] of queue.entries()) {
          if (!keepGoing()) {
            // Shutting down: hand the rest back at once rather than after the lock expires.
            handedBack.push(...queue.slice(index).map((j) => j.id));
            return;
          }
          await this.runJob(job);
        }
      }),
    );
    if (handedBack.length) {
      await this.dataSource.query(
        `UPDATE outbox_jobs SET locked_until = NULL, attempts = attempts - 1 WHERE id = ANY($1::bigint[])`,
        [handedBack],
      );
    }
    return jobs.length;
  }

  /** Runs jobs until none are due: tests and the CLI use this to settle derived data. */
  async drain(): Promise<void> {
    while ((await this.runDueJobs()) > 0) {
      /* keep going */
    }
  }

  async backlog(): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_jobs WHERE failed_at IS NULL`,
    );
    return count;
  }

  private async runJob(job: {
    id: string;
    event_type: string;
    handler: string;
    payload: unknown;
    attempts: number;
  }) {
    const registration = this.handlers.get(job.event_type)?.find((h) => h.name === job.handler);
    try {
      if (!registration) throw new Error(`No handler ${job.handler} for ${job.event_type}`);
      await registration.handle(job.payload);
      await this.dataSource.query(`DELETE FROM outbox_jobs WHERE id = $1`, [job.id]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      // Exponential backoff: 1 s, 2 s, 4 s ... capped at 5 minutes.
      const delay = Math.min(2 ** (job.attempts - 1), 300);
      this.logger.warn(
        `Job ${job.id} ${job.event_type}/${job.handler} failed (attempt ${job.attempts}): ${message}`,
      );
      await this.dataSource.query(
        `UPDATE outbox_jobs SET locked_until = NULL, last_error = $2, run_at = now() + make_interval(secs => $3),
                failed_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
        [job.id, message.slice(0, 2000), delay, giveUp],
      );
    }
  }

  onApplicationShutdown(): void {
    this.wakeUp?.();
  }
}
