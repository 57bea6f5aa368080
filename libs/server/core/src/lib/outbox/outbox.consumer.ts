import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClaimedJob, OutboxHandlers, OutboxLane, Registration } from './outbox-handlers';
import { OutboxRepository } from './outbox.repository';

/** The worker's side of `runLocally`. */
export interface LocalRunner {
  /** Whether it can take more fast jobs now (otherwise they wait for its claim loop). */
  hasRoom(): boolean;
  /** Starts jobs already claimed by this process (called after their commit). */
  run(jobs: ClaimedJob[]): void;
  /** Resolves when one of its running jobs is done. */
  nextDone(): Promise<void>;
}

const MAX_ATTEMPTS = 10;
/** The longest a write waits in `admit` before it goes ahead (its jobs then queue). */
const ADMIT_MAX_MS = 2000;
/**
 * A process that runs no jobs (WORKER_MODE=off) holds writes while this many fast jobs wait
 * unclaimed in the shared queue: room for a burst, not for a backlog that grows for minutes.
 */
export const SHARED_FAST_QUEUE_LIMIT = 500;
/**
 * Writes wait while the oldest bulk job (search index, analytics) has waited longer than this:
 * under a write flood, derived data stays about a second behind instead of a backlog growing for
 * as long as the flood lasts (30 s of creates at c8 left 5,706 jobs, 2.3 s of work; decision 0026).
 */
export const BULK_LAG_LIMIT_MS = 1000;
/** How long one reading of the shared queue serves every write that asks. */
export const SHARED_QUEUE_READ_MS = 100;
const LOCK_SECONDS = 60;

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
 * The outbox's consuming side: claims due jobs per lane, runs them through their handlers in
 * order per aggregate, deletes them when done, retries failures with backoff, and holds writes
 * back while this process's fast lane is full (or, where no jobs run, while the shared queue is).
 * `OutboxWorker` drives its loops.
 */
@Injectable()
export class OutboxConsumer implements OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  /** Tail of the running chain per ordering key (see `orderingKey`). */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waiters = { fast: new Set<() => void>(), bulk: new Set<() => void>() };
  private readonly wakes = { fast: 0, bulk: 0 };
  private localRunner: LocalRunner | null = null;
  /** Set where jobs run elsewhere: writes are then held on the queue every worker shares. */
  private holdOnSharedQueue = false;
  /** The last reading of each shared-queue check (`sharedReading`). */
  private readonly readings = new Map<string, { at: number; answer: Promise<boolean> }>();
  /** Finished jobs waiting for the next DELETE (see `deleteFinished`), and its completion. */
  private deleteBatch: { ids: string[]; done: Promise<void> } | null = null;
  private lastDelete: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly jobs: OutboxRepository,
  ) {}

  /**
   * Lets this process's worker take fast jobs straight from the writes that queue them (see
   * `OutboxProducer.enqueueIn`); null stops it (shutting down).
   */
  runLocally(runner: LocalRunner | null): void {
    this.localRunner = runner;
  }

  /** This process's worker when it can take more fast jobs now, else null. */
  localRunnerWithRoom(): LocalRunner | null {
    return this.localRunner?.hasRoom() ? this.localRunner : null;
  }

  /**
   * Backpressure for writes, at most `maxMs` in all. Writes whose fast jobs someone waits for
   * (mentions, replies) wait while this process's worker is full: under overload they slow down
   * to the pace at which their notifications go out, instead of the pushes queueing for seconds
   * behind them. Then, wherever jobs run (here or, with WORKER_MODE=off, elsewhere), they wait
   * while the bulk lane lags more than BULK_LAG_LIMIT_MS. A process that runs no jobs and was not
   * told they run elsewhere (tests, the CLI) holds nothing.
   */
  async admit(maxMs = ADMIT_MAX_MS): Promise<void> {
    const deadline = Date.now() + maxMs;
    if (!this.localRunner && !this.holdOnSharedQueue) return;
    if (!this.localRunner) await this.waitWhile(() => this.sharedFastQueueFull(), deadline);
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
    await this.waitWhile(() => this.bulkLagging(), deadline);
  }

  /**
   * For a process that runs no jobs (WORKER_MODE=off): its writes wait while the fast jobs due
   * in the shared queue reach SHARED_FAST_QUEUE_LIMIT, so the workers elsewhere keep up instead of
   * the queue growing behind writes that nothing holds back.
   */
  holdWritesOnSharedQueue(): void {
    this.holdOnSharedQueue = true;
  }

  /** Re-reads `check` (shared, see `sharedReading`) until it is false or the deadline passes. */
  private async waitWhile(check: () => Promise<boolean>, deadline: number): Promise<void> {
    while (await check()) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, SHARED_QUEUE_READ_MS)));
    }
  }

  private sharedFastQueueFull(): Promise<boolean> {
    return this.sharedReading('fast-queue', () =>
      this.jobs.dueFastJobs(SHARED_FAST_QUEUE_LIMIT).then((n) => n >= SHARED_FAST_QUEUE_LIMIT),
    );
  }

  private bulkLagging(): Promise<boolean> {
    return this.sharedReading('bulk-lag', () =>
      this.jobs.bulkLagMs().then((ms) => ms > BULK_LAG_LIMIT_MS),
    );
  }

  /** One reading at a time for the whole process, reused for SHARED_QUEUE_READ_MS. */
  private sharedReading(name: string, read: () => Promise<boolean>): Promise<boolean> {
    const now = Date.now();
    const last = this.readings.get(name);
    if (last && now - last.at < SHARED_QUEUE_READ_MS) return last.answer;
    // The write itself will meet whatever is wrong with the database.
    const answer = read().catch(() => false);
    this.readings.set(name, { at: now, answer });
    return answer;
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
    this.nudge([
      ...new Set(handlers.map((h) => (this.handlers.isFast(h) ? 'fast' : 'bulk') as OutboxLane)),
    ]);
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
  claim(limit: number, lane?: OutboxLane): Promise<ClaimedJob[]> {
    return this.jobs.claim(limit, LOCK_SECONDS, lane);
  }

  /**
   * Starts a claimed job behind any running job with the same ordering key; resolves when it is
   * done (never rejects: failures are recorded on the row for a retry). A job whose turn comes
   * after `keepGoing` turned false is handed back at once rather than after its lock expires.
   */
  start(job: ClaimedJob, keepGoing: () => boolean = () => true): Promise<void> {
    const orderBy = this.handlers.forJob(job)?.orderBy;
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
      const registration = this.handlers.forJob(job);
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
        await this.jobs.delete(batch.map((job) => job.id));
      } catch (error) {
        this.logger.warn(
          `Batch of ${batch.length} ${registration.name} jobs failed, running them one by one: ${(error as Error).message}`,
        );
        for (const job of batch) await this.runJob(job);
      }
    }
    await Promise.all(singles.map((job) => this.start(job, keepGoing)));
  }

  /** Claims and runs up to `limit` due jobs, waiting for all of them. Returns how many. */
  async runDueJobs(limit = 50, keepGoing: () => boolean = () => true): Promise<number> {
    const jobs = await this.claim(limit);
    await Promise.all(jobs.map((job) => this.start(job, keepGoing)));
    return jobs.length;
  }

  /**
   * Hands jobs whose lock expired back to the queue (claims read only unclaimed jobs); wakes
   * this process's lanes when there were any. Returns how many.
   */
  async requeueExpired(): Promise<number> {
    const requeued = await this.jobs.requeueExpired();
    if (requeued > 0) this.nudge();
    return requeued;
  }

  /**
   * Runs jobs until none are due, those of a process that died holding them included: tests
   * and the CLI use this to settle derived data.
   */
  async drain(): Promise<void> {
    await this.requeueExpired();
    while ((await this.runDueJobs()) > 0) {
      /* keep going */
    }
  }

  /** Pending jobs and the age of the oldest per handler (failed ones apart), for /metrics. */
  queueStats() {
    return this.jobs.queueStats();
  }

  backlog(): Promise<number> {
    return this.jobs.backlog();
  }

  /** Hands claimed jobs back at once (shutting down) instead of after their lock expires. */
  private async release(jobs: ClaimedJob[]): Promise<void> {
    await this.jobs.release(jobs.map((job) => job.id)).catch(() => undefined);
  }

  private async runJob(job: ClaimedJob) {
    const registration = this.handlers.forJob(job);
    try {
      if (!registration) throw new Error(`No handler ${job.handler} for ${job.event_type}`);
      await registration.handle(job.payload);
      await this.deleteFinished(job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      // Exponential backoff: 1 s, 2 s, 4 s ... capped at 5 minutes.
      const delay = Math.min(2 ** (job.attempts - 1), 300);
      this.logger.warn(
        `Job ${job.id} ${job.event_type}/${job.handler} failed (attempt ${job.attempts}): ${message}`,
      );
      await this.jobs
        .recordFailure(job.id, message.slice(0, 2000), delay, giveUp)
        .catch((e: Error) =>
          this.logger.warn(`Could not record failure of ${job.id}: ${e.message}`),
        );
    }
  }

  /**
   * Deletes a finished job's row together with those of the jobs that finish while the previous
   * DELETE runs (group commit, no timer): alone, a job is deleted at once; under load, one
   * statement deletes many (a DELETE per job was a fifth of the statements of a create).
   * Resolves when its row is gone.
   */
  private deleteFinished(id: string): Promise<void> {
    if (!this.deleteBatch) {
      const batch = { ids: [] as string[], done: Promise.resolve() };
      batch.done = this.lastDelete.then(() => {
        this.deleteBatch = null; // jobs finishing from now on wait for the next DELETE
        return this.jobs.delete(batch.ids);
      });
      this.lastDelete = batch.done.catch(() => undefined);
      this.deleteBatch = batch;
    }
    this.deleteBatch.ids.push(id);
    return this.deleteBatch.done;
  }

  onApplicationShutdown(): void {
    this.nudge();
  }
}
