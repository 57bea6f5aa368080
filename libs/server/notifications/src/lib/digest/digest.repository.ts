import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DigestCandidate {
  id: string;
  email: string;
  display_name: string;
  /** The profile's interface language ("sv"); null: English. */
  locale: string | null;
  /** When this person's previous digest went out; the next lists what came after. */
  last_sent_at: Date | null;
}

/** Opt-ins and the one-row-per-person-per-day claims that make sending safe on several nodes. */
@Injectable()
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async isEnabled(userId: string): Promise<boolean> {
    const [row]: { enabled: boolean }[] = await this.dataSource.query(
      `SELECT enabled FROM notification_digest_subscriptions WHERE user_id = $1`,
      [userId],
    );
    return row?.enabled ?? false;
  }

  async setEnabled(userId: string, enabled: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_digest_subscriptions (user_id, enabled) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [userId, enabled],
    );
  }

  /** Active people who opted in and have no digest row for `day` yet (a hint; `claim` decides). */
  async candidates(day: string, limit: number): Promise<DigestCandidate[]> {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, u.locale,
              (SELECT max(r.sent_at) FROM notification_digest_runs r WHERE r.user_id = u.id) AS last_sent_at
         FROM notification_digest_subscriptions s JOIN users u ON u.id = s.user_id
        WHERE s.enabled AND u.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM notification_digest_runs r WHERE r.user_id = u.id AND r.day = $1)
        ORDER BY u.id LIMIT $2`,
      [day, limit],
    );
  }

  /** True for exactly one caller per person and day, whichever node it runs on. */
  async claim(userId: string, day: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO notification_digest_runs (user_id, day) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, day],
    );
    return rows.length > 0;
  }

  async markSent(userId: string, day: string, count: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_digest_runs SET sent_at = now(), notification_count = $3
        WHERE user_id = $1 AND day = $2`,
      [userId, day, count],
    );
  }

  /** Sending failed: give the day back so a later run (on any node) tries again. */
  async release(userId: string, day: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM notification_digest_runs WHERE user_id = $1 AND day = $2 AND sent_at IS NULL`,
      [userId, day],
    );
  }
}
