import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig, Clock, Scheduler } from '@outloud/server-core';
import { DigestService } from './digest.service';

const TICK_MS = 10 * 60 * 1000;

/**
 * Every ten minutes from DIGEST_HOUR_UTC on, sends the day's digests not sent yet. A task of the
 * cluster-wide scheduler: one node per tick; the claimed row per person per day still keeps it
 * to one mail if two runs ever overlap.
 */
@Injectable()
export class DigestScheduler implements OnModuleInit {
  private readonly logger = new Logger('DigestScheduler');

  constructor(
    private readonly digests: DigestService,
    private readonly config: AppConfig,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    if (!this.config.get('SMTP_URL')) return;
    this.scheduler.every('notifications.digest', { everyMs: TICK_MS }, () => this.tick());
  }

  private async tick(): Promise<void> {
    if (this.clock.now().getUTCHours() < this.config.get('DIGEST_HOUR_UTC')) return;
    await this.digests
      .runOnce()
      .catch((e: Error) => this.logger.warn(`Digest run failed: ${e.message}`));
  }
}
