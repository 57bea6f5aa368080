import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { moveAnswererWindow } from './analytics-answerers';

export { NUDGE_DAYS } from './analytics-answerers';
export const NUDGE_MAX = 3;

/**
 * The people who answer in a community: most accepted answers, then replies, over the
 * NUDGE_DAYS days before `today` and `today` itself; not deactivated. Read from the window of
 * `analytics_answerer_window` (its sums over exactly those days), moved to end on `today` first
 * if it ends on another day (once a day: the day that enters and the day that leaves).
 */
@Injectable()
export class AnalyticsNudgeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Each community's first `NUDGE_MAX + 1` answerers (dropping an asker still leaves three),
   * best first; communities without any are left out.
   */
  async ranked(communityIds: string[], today: string): Promise<Map<string, string[]>> {
    if (!communityIds.length) return new Map();
    const [state]: { ends: string | null }[] = await this.dataSource.query(
      `SELECT ends::text FROM analytics_answerer_window_state`,
    );
    if (state?.ends !== today)
      await this.dataSource.transaction((tx) =>
        moveAnswererWindow((sql, params) => tx.query(sql, params), today),
      );
    // Each community's rows in ranking order (an index), until four active people are found.
    const rows: { community_id: string; user_id: string }[] = await this.dataSource.query(
      `SELECT x.community_id, n.user_id
         FROM unnest($1::uuid[]) AS x(community_id)
        CROSS JOIN LATERAL (
          SELECT w.user_id, w.accepted_answers, w.replies
            FROM analytics_answerer_window w
            JOIN users u ON u.id = w.user_id AND u.status = 'active'
           WHERE w.community_id = x.community_id AND w.replies + w.accepted_answers > 0
           ORDER BY w.accepted_answers DESC, w.replies DESC, w.user_id
           LIMIT ${NUDGE_MAX + 1}) n
        ORDER BY x.community_id, n.accepted_answers DESC, n.replies DESC, n.user_id`,
      [communityIds],
    );
    const ranked = new Map<string, string[]>();
    for (const row of rows)
      ranked.set(row.community_id, [...(ranked.get(row.community_id) ?? []), row.user_id]);
    return ranked;
  }
}
