import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { AnalyticsExportController } from './analytics-export.controller';
import { AnalyticsBreakdownRepository } from './analytics-breakdown.repository';
import { AnalyticsSync } from './analytics-sync';
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
    AnalyticsService,
    AnalyticsResolver,
    AnalyticsContributorResolver,
    AnalyticsUnansweredResolver,
    AnalyticsSync,
  ],
})
export class AnalyticsModule {}
