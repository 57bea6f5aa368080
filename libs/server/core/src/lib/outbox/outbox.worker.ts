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
 * Jobs in flight per lane. Each holds at most one pooled connection at a time; together they
 * stay under the pool (10) so HTTP requests still get connections. Bulk work (search) gets one
 * slot: on a busy machine the CPU goes to what someone is waiting for, and search catches up
 * when the load drops.
 */
const IN_FLIGHT: Record<OutboxLane, number> = { fast: 8, bulk: 1 };

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
        this.outbox.listening = false;
        this.logger.warn(`LISTEN connection error: ${e.message}`);
      });
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.outbox.listening = true;
    } catch (e) {
      this.logger.warn(
        `Could not LISTEN for outbox notifications; polling only (${(e as Error).message})`,
      );
    }
    this.loops = (['fast', 'bulk'] as const).map((lane) => this.run(lane));
  }

  private async run(lane: OutboxLane): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const keepGoing = () => this.running;
    while (this.running) {
      const seen = this.outbox.wakeCount;
      try {
        const free = IN_FLIGHT[lane] - inFlight.size;
        const jobs = free > 0 ? await this.outbox.claim(free, lane) : [];
        for (const job of jobs) {
          const done = this.outbox.start(job, keepGoing);
          inFlight.add(done);
          void done.finally(() => inFlight.delete(done));
        }
        if (inFlight.size >= IN_FLIGHT[lane]) await Promise.race(inFlight);
        else if (jobs.length === 0) await this.outbox.waitForWork(IDLE_POLL_MS, seen);
      } catch (e) {
        this.logger.error(`Outbox ${lane} loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS, this.outbox.wakeCount);
      }
    }
    await Promise.all(inFlight);
  }

  /** Before any module closes (the database first of all): finish the jobs in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.outbox.nudge();
    await Promise.all(this.loops);
    this.outbox.listening = false;
    await this.listener?.end().catch(() => undefined);
  }
}
