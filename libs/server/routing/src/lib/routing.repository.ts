import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RoutingSettingsValues } from './routing-settings';

export type OfferReason = 'expert' | 'owner' | 'handover';

/** A question routing follows, as the tick reads it. */
export interface RoutedQuestion {
  postId: string;
  askerId: string;
  communityId: string | null;
  askedAt: Date;
  step: number;
  nextDueAt: Date | null;
  reofferAt: Date | null;
  routedCount: number;
}

export interface NewQuestion {
  postId: string;
  askerId: string;
  communityId: string | null;
  askedAt: Date;
  nextDueAt: Date | null;
  /** The question mentions someone the suggestions named when it was asked. */
  mentionedSuggested?: boolean;
}

/** Routed versus not routed questions asked in a period (analytics). */
export interface RoutingOutcomeRow {
  routed: boolean;
  questions: number;
  answered: number;
  medianHoursToFirstAnswer: number | null;
  mentionedSuggested: number;
}

/** Every statement on routing's tables: settings, followed questions, offers. */
@Injectable()
export class RoutingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async settings(): Promise<RoutingSettingsValues | null> {
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT enabled, delay_working_hours, daily_cap, people_per_round, workday_start_hour,
              workday_end_hour, working_days FROM routing_settings`,
    );
    if (!row) return null;
    return {
      enabled: Boolean(row['enabled']),
      delayWorkingHours: Number(row['delay_working_hours']),
      dailyCap: Number(row['daily_cap']),
      peoplePerRound: Number(row['people_per_round']),
      workdayStartHour: Number(row['workday_start_hour']),
      workdayEndHour: Number(row['workday_end_hour']),
      workingDays: (row['working_days'] as number[]).map(Number),
    };
  }

  async saveSettings(manager: EntityManager, s: RoutingSettingsValues, by: string): Promise<void> {
    await manager.query(
      `INSERT INTO routing_settings (id, enabled, delay_working_hours, daily_cap, people_per_round,
                                     workday_start_hour, workday_end_hour, working_days, updated_by)
       VALUES (true, $1, $2, $3, $4, $5, $6, $7::int[], $8)
       ON CONFLICT (id) DO UPDATE SET enabled = EXCLUDED.enabled,
              delay_working_hours = EXCLUDED.delay_working_hours, daily_cap = EXCLUDED.daily_cap,
              people_per_round = EXCLUDED.people_per_round,
              workday_start_hour = EXCLUDED.workday_start_hour,
              workday_end_hour = EXCLUDED.workday_end_hour, working_days = EXCLUDED.working_days,
              updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        s.enabled,
        s.delayWorkingHours,
        s.dailyCap,
        s.peoplePerRound,
        s.workdayStartHour,
        s.workdayEndHour,
        s.workingDays,
        by,
      ],
    );
  }

  /** Starts following a question (a repeat of the event changes nothing). */
  async track(q: NewQuestion): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO routing_questions (post_id, asker_id, community_id, asked_at, next_due_at,
                                      mentioned_suggested)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (post_id) DO NOTHING`,
      [q.postId, q.askerId, q.communityId, q.askedAt, q.nextDueAt, q.mentionedSuggested ?? false],
    );
  }

  /** Of `postIds`, the questions routing follows that are still unanswered and open. */
  async openOf(postIds: readonly string[]): Promise<string[]> {
    if (postIds.length === 0) return [];
    const rows: { post_id: string }[] = await this.dataSource.query(
      `SELECT post_id FROM routing_questions
        WHERE post_id = ANY($1::uuid[]) AND first_answer_at IS NULL AND closed_at IS NULL`,
      [postIds],
    );
    return rows.map((r) => r.post_id);
  }

  /** Someone other than the asker replied: the question is answered, routing stops. */
  async markAnswered(postId: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE routing_questions
          SET first_answer_at = least(coalesce(first_answer_at, $2), $2),
              next_due_at = NULL, reoffer_at = NULL
        WHERE post_id = $1`,
      [postId, at],
    );
  }

  /** Deleted or hidden: never offered again. */
  async close(postId: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE routing_questions SET closed_at = coalesce(closed_at, $2), next_due_at = NULL,
              reoffer_at = NULL
        WHERE post_id = $1`,
      [postId, at],
    );
  }

  /** Open questions with a round or a re-offer due at `now`, oldest first. */
  async due(now: Date, limit: number): Promise<RoutedQuestion[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT post_id, asker_id, community_id, asked_at, step, next_due_at, reoffer_at, routed_count
         FROM routing_questions
        WHERE (next_due_at <= $1 OR reoffer_at <= $1)
          AND first_answer_at IS NULL AND closed_at IS NULL
        ORDER BY least(next_due_at, reoffer_at), post_id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => ({
      postId: String(r['post_id']),
      askerId: String(r['asker_id']),
      communityId: (r['community_id'] as string | null) ?? null,
      askedAt: new Date(r['asked_at'] as string),
      step: Number(r['step']),
      nextDueAt: r['next_due_at'] ? new Date(r['next_due_at'] as string) : null,
      reofferAt: r['reoffer_at'] ? new Date(r['reoffer_at'] as string) : null,
      routedCount: Number(r['routed_count']),
    }));
  }

  /** Everyone a question was offered to. */
  async offeredTo(postId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM routing_offers WHERE post_id = $1`,
      [postId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Of `userIds`, those offered `cap` questions or more on the local day `day`. */
  async atCap(userIds: string[], day: string, cap: number): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM routing_offers
        WHERE user_id = ANY($1::uuid[]) AND offered_day = $2::date
        GROUP BY user_id HAVING count(*) >= $3`,
      [userIds, day, cap],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /**
   * Records a round: the offers, and the question's next step (`step`, `nextDueAt`; a re-offer
   * clears `reoffer_at` only). Inside the caller's transaction, with the event that notifies.
   */
  async recordRound(
    manager: EntityManager,
    round: {
      postId: string;
      userIds: string[];
      reason: OfferReason;
      step: number;
      nextDueAt: Date | null;
      reoffer: boolean;
      at: Date;
      day: string;
    },
  ): Promise<void> {
    if (round.userIds.length)
      await manager.query(
        `INSERT INTO routing_offers (post_id, user_id, step, reason, offered_at, offered_day)
         SELECT $1, u, $3, $4, $5, $6::date FROM unnest($2::uuid[]) AS u
         ON CONFLICT (post_id, user_id) DO NOTHING`,
        [round.postId, round.userIds, round.step, round.reason, round.at, round.day],
      );
    await manager.query(
      `UPDATE routing_questions
          SET routed_count = (SELECT count(*) FROM routing_offers o WHERE o.post_id = $1),
              first_routed_at = CASE WHEN $2::int > 0 THEN coalesce(first_routed_at, $3) ELSE first_routed_at END,
              reoffer_at = NULL,
              step = CASE WHEN $4 THEN step ELSE $5 END,
              next_due_at = CASE WHEN $4 THEN next_due_at ELSE $6 END
        WHERE post_id = $1`,
      [round.postId, round.userIds.length, round.at, round.reoffer, round.step, round.nextDueAt],
    );
  }

  /**
   * Asks for a re-offer now of open questions that were offered to `userId` or that wait on a
   * mention of them (`waitingOn`); starts following the latter if routing did not yet.
   */
  async requestReoffer(userId: string, waitingOn: NewQuestion[], at: Date): Promise<number> {
    for (const q of waitingOn) await this.track({ ...q, nextDueAt: null });
    const rows: { post_id: string }[] = await this.dataSource.query(
      `WITH asked AS (
         UPDATE routing_questions SET reoffer_at = $2
          WHERE first_answer_at IS NULL AND closed_at IS NULL
            AND (post_id IN (SELECT post_id FROM routing_offers WHERE user_id = $1)
                 OR post_id = ANY($3::uuid[]))
         RETURNING post_id)
       SELECT post_id FROM asked`,
      [userId, at, waitingOn.map((q) => q.postId)],
    );
    return rows.length;
  }

  /** How many people each question was offered to, for the questions routing follows. */
  async routedCounts(postIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { post_id: string; routed_count: number }[] = await this.dataSource.query(
      `SELECT post_id, routed_count FROM routing_questions
        WHERE post_id = ANY($1::uuid[]) AND routed_count > 0`,
      [postIds],
    );
    return new Map(rows.map((r) => [r.post_id, Number(r.routed_count)]));
  }

  /**
   * Answer rate and median time to the first answer from someone else, for questions asked in
   * [from, to), routed (offered to at least one person before any answer) or not.
   */
  async outcomes(from: Date, to: Date): Promise<RoutingOutcomeRow[]> {
    const rows: {
      routed: boolean;
      questions: number;
      answered: number;
      median_hours: number | null;
      mentioned_suggested: number;
    }[] = await this.dataSource.query(
      `SELECT (first_routed_at IS NOT NULL) AS routed, count(*)::int AS questions,
              count(first_answer_at)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM first_answer_at - asked_at) / 3600.0)
                FILTER (WHERE first_answer_at IS NOT NULL) AS median_hours,
              count(*) FILTER (WHERE mentioned_suggested)::int AS mentioned_suggested
         FROM routing_questions
        WHERE asked_at >= $1 AND asked_at < $2
        GROUP BY 1 ORDER BY 1`,
      [from, to],
    );
    return [false, true].map((routed) => {
      const r = rows.find((x) => x.routed === routed);
      return {
        routed,
        questions: r?.questions ?? 0,
        answered: r?.answered ?? 0,
        medianHoursToFirstAnswer: r?.median_hours == null ? null : Number(r.median_hours),
        mentionedSuggested: r?.mentioned_suggested ?? 0,
      };
    });
  }
}
