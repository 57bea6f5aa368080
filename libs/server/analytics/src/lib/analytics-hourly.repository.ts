import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UtcHourCount } from './analytics-heatmap';
import { AnalyticsScope, isScoped, NO_SCOPE, scopeSql, SqlParams } from './analytics-scope';
import { dayStart } from './analytics-sql';
import { AnalyticsRange } from './analytics.schemas';

/**
 * The heatmap's read: posts, replies and likes that count, per UTC hour of the period (at most 24
 * rows a day), from the hourly rollup — never from the source tables. Unfiltered, the hourly
 * totals; filtered, the people's hours (a department reads each of its people's hours through
 * the primary key, a community its own index), like the other filtered figures.
 */
@Injectable()
export class AnalyticsHourlyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async engagementByUtcHour(
    r: AnalyticsRange,
    scope: AnalyticsScope = NO_SCOPE,
  ): Promise<UtcHourCount[]> {
    const params = new SqlParams([dayStart(r.from), dayStart(r.to, 1)]);
    const period = `hour >= $1::timestamptz AND hour < $2::timestamptz`;
    const rows: { hour: Date; n: number }[] = await this.dataSource.query(
      isScoped(scope)
        ? `SELECT hour, sum(posts + replies + likes)::int AS n FROM analytics_hourly_activity a
            WHERE ${period} AND posts + replies + likes > 0 AND ${scopeSql(scope, params).activity('a')}
            GROUP BY hour`
        : `SELECT hour, posts + replies + likes AS n FROM analytics_hourly_totals
            WHERE ${period} AND posts + replies + likes > 0`,
      params.values,
    );
    return rows.map((row) => ({ hour: new Date(row.hour), count: Number(row.n) }));
  }
}
