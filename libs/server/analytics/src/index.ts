import {
  AnalyticsContributorResolver,
  AnalyticsResolver,
  AnalyticsUnansweredResolver,
} from './lib/analytics.resolver';
import { AnalyticsReuseResolver, QuestionUseResolver } from './lib/reuse/reuse.resolver';

export { AnalyticsModule } from './lib/analytics.module';
export {
  rebuildAnalytics,
  recomputePersonDay,
  recomputePersonDays,
  activitySql,
} from './lib/analytics-rollup';
export type { SqlRunner } from './lib/analytics-rollup';
export { ReuseCounter } from './lib/reuse/reuse-counter';

/** Resolver classes, for generating the schema without a database. */
export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver,
  AnalyticsContributorResolver,
  AnalyticsUnansweredResolver,
  AnalyticsReuseResolver,
  QuestionUseResolver,
];
