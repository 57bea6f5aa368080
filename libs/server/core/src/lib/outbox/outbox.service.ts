import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OneStatement } from '../database/one-statement';
import { preparedQuery } from '../database/prepared-query';
import { OutloudEventName, OutloudEvents } from './events';

export type EventHandler<K extends OutloudEventName> = (payload: OutloudEvents[K]) => Promise<void>;

/**
 * `fast`: cheap jobs someone is waiting for (a socket push, a notification); they are claimed by
 * their own loop and never queue behind `bulk` work such as search indexing.
 */
export type OutboxLane = 'fast' | 'bulk';

export interface HandlerOptions<K extends OutloudEventName = OutloudEventName> {
  lane?: OutboxLane;
  /** Jobs of this handler with the same key run in event order (default: see `orderingKey`). */
  orderBy?: (payload: OutloudEvents[K]) => string;
  /**
   * Handles many of these jobs at once (the bulk lane claims them in batches): must have the
   * effect of `handle` on each payload. Only for handlers that recompute from the source tables,
   * so the order of jobs within a batch does not matter.
   */
  many?: (payloads: OutloudEvents[K][]) => Promise<void>;
}

/** An event for `enqueueAll`. */
export type QueuedEvent = {
  [K in OutloudEventName]: { type: K; payload: OutloudEvents[K] };
}[OutloudEventName];

interface Registration {
  name: string;
  handle: (payload: unknown) => Promise<void>;
  orderBy?: (payload: unknown) => string;
  many?: (payloads: unknown[]) => Promise<void>;
}

/** The worker's side of `runLocally`. */
export interface LocalRunner {
  /** Whether it can take more fast jobs now (otherwise they wait for its claim loop). */
  hasRoom(): boolean;
  /** Starts jobs already claimed by this process (called after their commit). */
  run(jobs: ClaimedJob[]): void;
  /** Resolves when one of its running jobs is done. */
  nextDone(): Promise<void>;
}

export interface ClaimedJob {
  id: string;
  event_type: string;
  handler: string;
  payload: unknown;
  attempts: number;
}

const MAX_ATTEMPTS = 10;
/** The longest a write waits in `admit` before it goes ahead (its jobs then queue). */
const ADMIT_MAX_MS = 2000;
const LOCK_SECONDS = 60;
/**
 * The lock on fast jobs a write queues already claimed (`enqueueIn`): they start at commit and
 * take milliseconds, so a process that dies right after a commit delays that write's
 * notifications by at most this long. A job that overran it could run twice; handlers are
 * idempotent (notifications have dedupe keys).
 */
const PRECLAIM_LOCK_SECONDS = 15;
/** Notified at commit by the `outbox_jobs_notify` trigger (migration 1764001200000). */
export const OUTBOX_CHANNEL = 'outloud_outbox';

/**
 * Jobs of one handler about the same aggregate run one after another, in id order (a post's
 * index is never overwritten by an older read); everything else may run side by side.
 */
export function orderingKey(job: Pick<ClaimedJob, 'id' | 'handler' | 'payload'>): string {
  const p = (job.payload ?? {}) as Record<string, unknown>;
  const aggregate =
    p['postId'] ?? p['fileId'] ?? p['bookmarkId'] ?? p['communityId'] ?? p['userId'];
  return `${job.handler}:${typeof aggregate === 'string' ? aggregate : `job${job.id}`}`;
}

/**
 * Transactional outbox. `enqueue` writes one job row per registered handler inside the caller's
 * transaction, so an acknowledged write always has its side effects queued; the worker delivers
 * them after commit, retries with backoff, and survives restarts. Handlers must be idempotent.
 */
@Injectable()
export class OutboxService implements OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, Registration[]>();
  private readonly fastHandlers = new Set<string>();
  /** Tail of the running chain per ordering key (see `orderingKey`). */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waiters = { fast: new Set<() => void>(), bulk: new Set<() => void>() };
  private readonly wakes = { fast: 0, bulk: 0 };
  private localRunner: LocalRunner | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Registers a handler; `name` must be stable across releases (it is stored with each job). */
  on<K extends OutloudEventName>(
    type: K,
    name: string,
    handle: EventHandler<K>,
    options: HandlerOptions<K> = {},
  ): void {
    const list = this.handlers.get(type) ?? [];
    if (list.some((r) => r.name === name))
      throw new Error(`Duplicate outbox handler ${name} for ${type}`);
    list.push({
      name,
      handle: handle as (payload: unknown) => Promise<void>,
      orderBy: options.orderBy as ((payload: unknown) => string) | undefined,
      many: options.many as ((payloads: unknown[]) => Promise<void>) | undefined,
    });
    this.handlers.set(type, list);
    if (options.lane === 'fast') this.fastHandlers.add(name);
  }

  /** Queues an event inside `manager`'s transaction. */
  async enqueue<K extends OutloudEventName>(
    manager: EntityManager,
    type: K,
    payload: OutloudEvents[K],
  ): Promise<void> {
    await this.enqueueAll(manager, [{ type, payload } as QueuedEvent]);
  }

  /**
   * Queues several events inside `manager`'s transaction in one statement (one job row per
   * handler of each): a write with two events costs one round trip instead of two.
   */
  async enqueueAll(manager: EntityManager, events: QueuedEvent[]): Promise<void> {
    const statement = new OneStatement();
    this.enqueueIn(statement, events);
    await statement.run(manager);
  }

  /**
   * Adds the jobs of `events` to a statement that writes what they are about, so the write and
   * its jobs commit together in one round trip. The insert trigger (`outbox_jobs_notify`) wakes
   * the listening workers at commit. When this process's worker has room, its fast jobs are
   * queued already claimed and start right after commit: no wake-up and claim round trips
   * between a mention and its push (if the process dies first, they are claimed again once
   * their lock expires: PRECLAIM_LOCK_SECONDS).
   */
  enqueueIn(statement: OneStatement, events: QueuedEvent[]): void {
    const local = this.localRunner?.hasRoom() ? this.localRunner : null;
    const rows: string[] = [];
    let claimed = 0;
    for (const { type, payload } of events) {
      for (const h of this.handlers.get(type) ?? []) {
        const claim = local !== null && this.fastHandlers.has(h.name);
        if (claim) claimed += 1;
        const json = statement.param(JSON.stringify(payload));
        rows.push(
          `(${statement.param(type)}, ${statement.param(h.name)}, ${json}::jsonb, ` +
            (claim ? `now() + make_interval(secs => ${PRECLAIM_LOCK_SECONDS}), 1)` : `NULL, 0)`),
        );
      }
    }
    if (rows.length === 0) return;
    const insert = `INSERT INTO outbox_jobs (event_type, handler, payload, locked_until, attempts)
                    VALUES ${rows.join(', ')}`;
    if (!local || claimed === 0) {
      statement.write(insert);
      return;
    }
    statement.write(
      `${insert} RETURNING id, event_type, handler, payload, attempts, locked_until IS NOT NULL AS claimed`,
      (jobs) =>
        local.run(
          jobs
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
   * Backpressure for writes whose fast jobs someone waits for (mentions, replies): while this
   * process's worker is full, waits for a free slot, at most `maxMs`. Under overload such writes
   * then slow down to the pace at which their notifications go out, instead of the pushes
   * queueing for seconds behind them.
   */
  async admit(maxMs = ADMIT_MAX_MS): Promise<void> {
    const deadline = Date.now() + maxMs;
    for (let runner = this.localRunner; runner && !runner.hasRoom(); runner = this.localRunner) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        runner.nextDone(),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, left))),
      ]);
      clearTimeout(timer);
    }
  }

  /**
   * Lets this process's worker take fast jobs straight from the writes that queue them (see
   * `enqueueIn`); null stops it (shutting down).
   */
  runLocally(runner: LocalRunner | null): void {
    this.localRunner = runner;
  }

  /** Wakes the worker loops of `lanes` (both by default). */
  nudge(lanes: readonly OutboxLane[] = ['fast', 'bulk']): void {
    for (const lane of lanes) {
      this.wakes[lane] += 1;
      for (const wake of [...this.waiters[lane]]) wake();
    }
  }

  /**
   * Wakes the loops that have new jobs to claim, from an outbox notification: its payload names
   * the handlers of the unclaimed jobs a commit queued (pre-claimed fast jobs wake nobody).
   */
  nudgeFor(payload: string): void {
    const handlers = payload.split(',').filter(Boolean);
    if (handlers.length === 0) return this.nudge();
    this.nudge([...new Set(handlers.map((h) => (this.fastHandlers.has(h) ? 'fast' : 'bulk')))]);
  }

  /** Increases at every nudge of `lane`: read it before claiming, pass it to `waitForWork`. */
  wakeCount(lane: OutboxLane): number {
    return this.wakes[lane];
  }

  /**
   * Waits until `lane` is nudged or `ms` passes. A nudge that arrived since `seenWakes` was read
   * (while the caller was claiming) returns at once, so no wake-up is lost.
   */
  waitForWork(ms: number, lane: OutboxLane, seenWakes = this.wakes[lane]): Promise<void> {
    if (this.wakes[lane] !== seenWakes) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters[lane].delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters[lane].add(done);
    });
  }

  /**
   * Claims up to `limit` due jobs of a lane (both when omitted), oldest first. Concurrent
   * workers (other processes) skip each other's rows.
   */
  async claim(limit: number, lane?: OutboxLane): Promise<ClaimedJob[]> {
    const laneFilter =
      lane === 'fast'
        ? `AND handler = ANY($3::text[])`
        : lane === 'bulk'
          ? `AND NOT (handler = ANY($3::text[]))`
          : `AND $3::text[] IS NOT NULL`;
    const jobs = await preparedQuery<ClaimedJob>(
      this.dataSource,
      `WITH claimed AS (
           UPDATE outbox_jobs SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
            WHERE id IN (
              SELECT id FROM outbox_jobs
               WHERE failed_at IS NULL AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
                     ${laneFilter}
               ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, event_type, handler, payload, attempts)
         SELECT * FROM claimed ORDER BY id`,
      [limit, LOCK_SECONDS, [...this.fastHandlers]],
    );
    return jobs.map((j) => ({ ...j, id: String(j.id) }));
  }

  /**
   * Starts a claimed job behind any running job with the same ordering key; resolves when it is
   * done (never rejects: failures are recorded on the row for a retry). A job whose turn comes
   * after `keepGoing` turned false is handed back at once rather than after its lock expires.
   */
  start(job: ClaimedJob, keepGoing: () => boolean = () => true): Promise<void> {
    const orderBy = this.registration(job)?.orderBy;
    const key = orderBy ? `${job.handler}:${orderBy(job.payload)}` : orderingKey(job);
    const run = (this.chains.get(key) ?? Promise.resolve()).then(async () => {
      if (keepGoing()) return this.runJob(job);
      await this.release([job]);
    });
    this.chains.set(key, run);
    void run.finally(() => {
      if (this.chains.get(key) === run) this.chains.delete(key);
    });
    return run;
  }

  /**
   * Runs claimed jobs, those with a `many` handler one batch per handler and event type (one
   * call, one DELETE): a post's search and analytics jobs cost one statement per batch instead
   * of one per post. If a batch fails, its jobs run one by one, so each failure is recorded on
   * its own row and the others still complete.
   */
  async runBatch(jobs: ClaimedJob[], keepGoing: () => boolean = () => true): Promise<void> {
    const batches = new Map<Registration, ClaimedJob[]>();
    const singles: ClaimedJob[] = [];
    for (const job of jobs) {
      const registration = this.registration(job);
      if (registration?.many)
        batches.set(registration, [...(batches.get(registration) ?? []), job]);
      else singles.push(job);
    }
    for (const [registration, batch] of batches) {
      if (!keepGoing()) {
        await this.release(batch);
        continue;
      }
      try {
        await registration.many!(batch.map((job) => job.payload));
        await this.dataSource.query(`DELETE FROM outbox_jobs WHERE id = ANY($1::bigint[])`, [
          batch.map((job) => job.id),
        ]);
      } catch {
        for (const job of batch) await this.runJob(job);
      }
    }
    await Promise.all(singles.map((job) => this.start(job, keepGoing)));
  }

  /** Hands claimed jobs back at once (shutting down) instead of after their lock expires. */
  private async release(jobs: ClaimedJob[]): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE outbox_jobs SET locked_until = NULL, attempts = attempts - 1 WHERE id = ANY($1::bigint[])`,
        [jobs.map((job) => job.id)],
      )
      .catch(() => undefined);
  }

  /** Claims and runs up to `limit` due jobs, waiting for all of them. Returns how many. */
  async runDueJobs(limit = 50, keepGoing: () => boolean = () => true): Promise<number> {
    const jobs = await this.claim(limit);
    await Promise.all(jobs.map((job) => this.start(job, keepGoing)));
    return jobs.length;
  }

  /** Runs jobs until none are due: tests and the CLI use this to settle derived data. */
  async drain(): Promise<void> {
    while ((await this.runDueJobs()) > 0) {
      /* keep going */
    }
  }

  /** Pending jobs and the age of the oldest per handler (failed ones apart), for /metrics. */
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

  private async runJob(job: ClaimedJob) {
    const registration = this.registration(job);
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
      await this.dataSource
        .query(
          `UPDATE outbox_jobs SET locked_until = NULL, last_error = $2, run_at = now() + make_interval(secs => $3),
                failed_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
          [job.id, message.slice(0, 2000), delay, giveUp],
        )
        .catch((e: Error) =>
          this.logger.warn(`Could not record failure of ${job.id}: ${e.message}`),
        );
    }
  }

  private registration(job: ClaimedJob): Registration | undefined {
    return this.handlers.get(job.event_type)?.find((h) => h.name === job.handler);
  }

  onApplicationShutdown(): void {
    this.nudge();
  }
}
