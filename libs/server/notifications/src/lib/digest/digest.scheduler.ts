import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@outloud/server-core';
import { DigestService } from './digest.service';

const TICK_MS = 10 * 60 * 1000;

/**
 * Every ten minutes from DIGEST_HOUR_UTC on, sends the day's digests not sent yet. Every node
 * that runs jobs may tick; the claimed row per person per day keeps it to one mail.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DigestScheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly digests: DigestService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('SMTP_URL')) return;
    if (this.config.get('WORKER_MODE') === 'off' || this.config.get('NODE_ENV') === 'test') return;
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private tick(): void {
    if (this.running || new Date().getUTCHours() < this.config.get('DIGEST_HOUR_UTC')) return;
    this.running = this.digests
      .runOnce()
      .catch((e: Error) => this.logger.warn(`Digest run failed: ${e.message}`))
      .finally(() => (this.running = null));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
