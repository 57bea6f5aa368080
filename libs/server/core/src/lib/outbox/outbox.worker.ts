import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OutboxLane } from './outbox-handlers';
import { OutboxConsumer } from './outbox.consumer';
import { OutboxRepository } from './outbox.repository';

const IDLE_POLL_MS = 1000;
/**
 * How often a worker hands back jobs whose lock expired (their process died): as soon after the
 * expiry as the idle poll found them when claims read locked rows too.
 */
const REQUEUE_EVERY_MS = 1000;
/**
 * Fast jobs in flight. Each holds at most one pooled connection at a time; with the bulk lane's
 * one they stay under the pool (10) so HTTP requests still get connections. Bulk work (search,
 * analytics) runs one batch at a time: on a busy machine the CPU goes to what someone is waiting
 * for, and the batches grow until the bulk lane keeps up.
 */
const FAST_IN_FLIGHT = 8;
/**
 * Bulk jobs claimed at once and run as batches (`OutboxConsumer.runBatch`): indexing and rollups
 * of many posts in a few statements keep up with writes that one job at a time could not. Under
 * load the lane yields up to BULK_YIELD_MS between batches, so the batch sets its pace: 100 a
 * round did about 700 jobs a second under creates at c8, less than the 750 that 250 creates a
 * second queue, and writes were held for it (decision 0027).
 */
const BULK_BATCH = 300;
/** How long bulk work waits for running fast jobs before it takes its turn anyway. */
const BULK_YIELD_MS = 100;
/** How long bulk work waits, after a wake-up, for the same commit's fast jobs to start. */
const BULK_SETTLE_MS = 5;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(ms, 0)));

/**
 * Background delivery of outbox jobs. Runs unless WORKER_MODE=off. Two loops: `fast` jobs
 * (socket pushes, notifications) never wait behind `bulk` ones (search, analytics). Each wakes
 * on pg NOTIFY when a commit, from any API process, queued jobs for it, and polls every second
 * as a fallback. The fast jobs of this process's own writes skip the loop while it has room:
 * they are queued already claimed and start right after commit (`OutboxConsumer.runLocally`).
 * Each loop keeps claiming while its jobs run (no batch barrier); jobs of one handler about one
 * aggregate still run in order within a process (`orderingKey`).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxWorker');
  private running = false;
  private loops: Promise<void>[] = [];
  private stopListening: (() => Promise<void>) | null = null;
  /** Fast jobs running now; bulk work waits for them (`yieldToFastLane`). */
  private readonly fastInFlight = new Set<Promise<void>>();
  private lastRequeue = 0;

  constructor(
    private readonly outbox: OutboxConsumer,
    private readonly jobs: OutboxRepository,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('NODE_ENV') === 'test') return;
    if (this.config.get('WORKER_MODE') === 'off') return this.outbox.holdWritesOnSharedQueue();
    await this.start();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.stopListening = await this.jobs.listen(
        (payload) => this.outbox.nudgeFor(payload),
        (e) => this.logger.warn(`LISTEN connection error: ${e.message}`),
      );
    } catch (e) {
      this.logger.warn(
        `Could not LISTEN for outbox notifications; polling only (${(e as Error).message})`,
      );
    }
    this.outbox.runLocally({
      hasRoom: () => this.running && this.fastInFlight.size < FAST_IN_FLIGHT,
      run: (jobs) => jobs.forEach((job) => this.track(this.outbox.start(job, () => this.running))),
      nextDone: () => Promise.race(this.fastInFlight),
    });
    this.loops = (['fast', 'bulk'] as const).map((lane) => this.run(lane));
  }

  private async run(lane: OutboxLane): Promise<void> {
    if (lane === 'bulk') return this.runBulk();
    const inFlight = this.fastInFlight;
    const keepGoing = () => this.running;
    while (this.running) {
      const seen = this.outbox.wakeCount(lane);
      try {
        await this.requeueExpiredEverySecond();
        const free = FAST_IN_FLIGHT - inFlight.size;
        const jobs = free > 0 ? await this.outbox.claim(free, lane) : [];
        for (const job of jobs) this.track(this.outbox.start(job, keepGoing));
        if (inFlight.size >= FAST_IN_FLIGHT) {
          // Under load, claim in groups: one claim statement per half a window of jobs, not
          // one per finished job (claims were a third of the database's work under create load).
          while (inFlight.size > FAST_IN_FLIGHT / 2) await Promise.race(inFlight);
        } else if (jobs.length < free) {
          // Fewer due jobs than room: nothing more to claim until the next commit wakes us.
          await this.outbox.waitForWork(IDLE_POLL_MS, lane, seen);
        }
      } catch (e) {
        this.logger.error(`Outbox ${lane} loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS, lane);
      }
    }
    await Promise.all(inFlight);
  }

  /** At most once per REQUEUE_EVERY_MS, hands expired locks back (the fast loop calls it). */
  private async requeueExpiredEverySecond(): Promise<void> {
    if (Date.now() - this.lastRequeue < REQUEUE_EVERY_MS) return;
    this.lastRequeue = Date.now();
    await this.outbox.requeueExpired();
  }

  /** Counts a running fast job until it is done. */
  private track(done: Promise<void>): void {
    this.fastInFlight.add(done);
    void done.finally(() => this.fastInFlight.delete(done));
  }

  /**
   * One batch at a time, each after the fast lane's jobs: bulk work takes one connection and
   * leaves the CPU to pushes someone is waiting for.
   */
  private async runBulk(): Promise<void> {
    const keepGoing = () => this.running;
    while (this.running) {
      const seen = this.outbox.wakeCount('bulk');
      try {
        await this.yieldToFastLane();
        const jobs = await this.outbox.claim(BULK_BATCH, 'bulk');
        if (jobs.length) await this.outbox.runBatch(jobs, keepGoing);
        else await this.outbox.waitForWork(IDLE_POLL_MS, 'bulk', seen);
      } catch (e) {
        this.logger.error(`Outbox bulk loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS, 'bulk');
      }
    }
  }

  /**
   * Waits until the fast lane has no job running, at most BULK_YIELD_MS (bulk work still
   * progresses under a steady stream of fast jobs). After a wake-up the fast lane claims first:
   * a commit wakes both lanes at once, and its search indexing took the CPU its mention pushes
   * were waiting for.
   */
  private async yieldToFastLane(): Promise<void> {
    const deadline = Date.now() + BULK_YIELD_MS;
    await sleep(BULK_SETTLE_MS);
    while (this.fastInFlight.size > 0 && Date.now() < deadline)
      await Promise.race([...this.fastInFlight, sleep(deadline - Date.now())]);
  }

  /** Before any module closes (the database first of all): finish the jobs in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.outbox.runLocally(null);
    this.outbox.nudge();
    await Promise.all(this.loops);
    await this.stopListening?.();
  }
}
