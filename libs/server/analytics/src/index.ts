import {
  AnalyticsContributorResolver,
  AnalyticsResolver,
  AnalyticsUnansweredResolver,
} from './lib/analytics.resolver';

export { AnalyticsModule } from './lib/analytics.module';
export { rebuildAnalytics, recomputePersonDay, activitySql } from './lib/analytics-rollup';
export type { SqlRunner } from './lib/analytics-rollup';

/** Resolver classes, for generating the schema without a database. */
export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver,
  AnalyticsContributorResolver,
  AnalyticsUnansweredResolver,
];
