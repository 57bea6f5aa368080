import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { DATABASE_URL } from '../database/database.tokens';
import { OUTBOX_CHANNEL, OutboxLane, OutboxService } from './outbox.service';

const IDLE_POLL_MS = 1000;
/**
 * Fast jobs in flight. Each holds at most one pooled connection at a time; with the bulk lane's
 * one they stay under the pool (10) so HTTP requests still get connections. Bulk work (search,
 * analytics) runs one batch at a time: on a busy machine the CPU goes to what someone is waiting
 * for, and the batches grow until the bulk lane keeps up.
 */
const FAST_IN_FLIGHT = 8;
/**
 * Bulk jobs claimed at once and run as batches (`OutboxService.runBatch`): indexing and rollups
 * of 100 posts in a few statements keep up with writes that one job at a time could not.
 */
const BULK_BATCH = 100;

/**
 * Background delivery of outbox jobs. Runs unless WORKER_MODE=off. Wakes on pg NOTIFY (sent
 * at every enqueue's commit, from any API process) and polls every second as a fallback. Two
 * loops: `fast` jobs (socket pushes, notifications) never wait behind `bulk` ones (search).
 * Each loop keeps claiming while its jobs run (no batch barrier); jobs of one handler about one
 * aggregate still run in order (`orderingKey`).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxWorker');
  private running = false;
  private loops: Promise<void>[] = [];
  private listener: Client | null = null;

  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('WORKER_MODE') === 'off' || this.config.get('NODE_ENV') === 'test') return;
    await this.start();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.listener = new Client({ connectionString: this.databaseUrl });
      this.listener.on('notification', () => this.outbox.nudge());
      this.listener.on('error', (e) => {
        this.logger.warn(`LISTEN connection error: ${e.message}`);
      });
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (e) {
      this.logger.warn(
        `Could not LISTEN for outbox notifications; polling only (${(e as Error).message})`,
      );
    }
    this.loops = (['fast', 'bulk'] as const).map((lane) => this.run(lane));
  }

  private async run(lane: OutboxLane): Promise<void> {
    if (lane === 'bulk') return this.runBulk();
    const inFlight = new Set<Promise<void>>();
    const keepGoing = () => this.running;
    while (this.running) {
      const seen = this.outbox.wakeCount;
      try {
        const free = FAST_IN_FLIGHT - inFlight.size;
        const jobs = free > 0 ? await this.outbox.claim(free, lane) : [];
        for (const job of jobs) {
          const done = this.outbox.start(job, keepGoing);
          inFlight.add(done);
          void done.finally(() => inFlight.delete(done));
        }
        if (inFlight.size >= FAST_IN_FLIGHT) {
          // Under load, claim in groups: one claim statement per half a window of jobs, not
          // one per finished job (claims were a third of the database's work under create load).
          while (inFlight.size > FAST_IN_FLIGHT / 2) await Promise.race(inFlight);
        } else if (jobs.length < free) {
          // Fewer due jobs than room: nothing more to claim until the next commit wakes us.
          await this.outbox.waitForWork(IDLE_POLL_MS, seen);
        }
      } catch (e) {
        this.logger.error(`Outbox ${lane} loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS, this.outbox.wakeCount);
      }
    }
    await Promise.all(inFlight);
  }

  /** One batch at a time: bulk work takes one connection and yields the CPU between batches. */
  private async runBulk(): Promise<void> {
    const keepGoing = () => this.running;
    while (this.running) {
      const seen = this.outbox.wakeCount;
      try {
        const jobs = await this.outbox.claim(BULK_BATCH, 'bulk');
        if (jobs.length) await this.outbox.runBatch(jobs, keepGoing);
        else await this.outbox.waitForWork(IDLE_POLL_MS, seen);
      } catch (e) {
        this.logger.error(`Outbox bulk loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS, this.outbox.wakeCount);
      }
    }
  }

  /** Before any module closes (the database first of all): finish the jobs in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.outbox.nudge();
    await Promise.all(this.loops);
    await this.listener?.end().catch(() => undefined);
  }
}
