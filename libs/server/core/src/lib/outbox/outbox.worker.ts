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
import { OUTBOX_CHANNEL, OutboxService } from './outbox.service';

const IDLE_POLL_MS = 1000;

/**
 * Background loop delivering outbox jobs. Runs unless WORKER_MODE=off. Wakes on in-process
 * enqueues and on pg NOTIFY from other API processes; polls every second as a fallback.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxWorker');
  private running = false;
  private loop: Promise<void> | null = null;
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
      this.listener.on('error', (e) => this.logger.warn(`LISTEN connection error: ${e.message}`));
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (e) {
      this.logger.warn(
        `Could not LISTEN for outbox notifications; polling only (${(e as Error).message})`,
      );
    }
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const claimed = await this.outbox.runDueJobs(50, () => this.running);
        if (claimed === 0) await this.outbox.waitForWork(IDLE_POLL_MS);
      } catch (e) {
        this.logger.error(`Outbox loop error: ${(e as Error).message}`);
        await this.outbox.waitForWork(IDLE_POLL_MS);
      }
    }
  }

  /** Before any module closes (the database first of all): finish the job in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.outbox.nudge();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }
}
