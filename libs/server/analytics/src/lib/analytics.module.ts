import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { AnalyticsExportController } from './analytics-export.controller';
import { AnalyticsBreakdownRepository } from './analytics-breakdown.repository';
import { AnalyticsContributorsRepository } from './analytics-contributors.repository';
import { AnalyticsHourlyRepository } from './analytics-hourly.repository';
import { AnalyticsNudgeRepository } from './analytics-nudge.repository';
import { AnalyticsSync } from './analytics-sync';
import { AnalyticsSyncRepository } from './analytics-sync.repository';
import { AnalyticsRepository } from './analytics.repository';
import {
  AnalyticsContributorResolver,
  AnalyticsResolver,
  AnalyticsUnansweredResolver,
} from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { AnalyticsReuseModule } from './reuse/reuse.module';

/** Adoption analytics: a daily rollup kept by the outbox, and the admin dashboard's query. */
@Module({
  imports: [IdentityModule, AnalyticsReuseModule],
  controllers: [AnalyticsExportController],
  providers: [
    AnalyticsRepository,
    AnalyticsBreakdownRepository,
    AnalyticsHourlyRepository,
    AnalyticsContributorsRepository,
    AnalyticsNudgeRepository,
    AnalyticsService,
    AnalyticsResolver,
    AnalyticsContributorResolver,
    AnalyticsUnansweredResolver,
    AnalyticsSync,
    AnalyticsSyncRepository,
  ],
})
export class AnalyticsModule {}
