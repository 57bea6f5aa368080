import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQueryIn } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

export interface PolicyVersionRow {
  version: number;
  markdown: string;
  changeNote: string;
  publishedBy: string | null;
  publishedAt: Date;
}

export interface AcknowledgementStats {
  version: number;
  /** Active people now. */
  people: number;
  /** Of them, those who acknowledged this version. */
  acknowledged: number;
  byDepartment: { department: string | null; people: number; acknowledged: number }[];
}

const COLUMNS = `v.version, v.markdown, v.change_note AS "changeNote", v.published_by AS "publishedBy",
  v.published_at AS "publishedAt"`;

/** The only place that queries the content policy's tables. */
@Injectable()
export class PolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersionRow | null> {
    const [row]: PolicyVersionRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM content_policy_versions v ORDER BY v.version DESC LIMIT 1`,
    );
    return row ?? null;
  }

  async version(version: number): Promise<PolicyVersionRow | null> {
    const [row]: PolicyVersionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM content_policy_versions v WHERE v.version = $1`,
      [version],
    );
    return row ?? null;
  }

  /** Newest first. */
  async versions(limit: number): Promise<PolicyVersionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM content_policy_versions v ORDER BY v.version DESC LIMIT $1`,
      [limit],
    );
  }

  /**
   * The gate's one question, in one round trip: the current version (null: no policy yet) and
   * whether the person acknowledged it.
   */
  async gate(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ current: number | null; acknowledged: boolean }> {
    // Prepared: it runs before every post and reply.
    const [row] = await preparedQueryIn<{ current: number | null; acknowledged: boolean }>(
      manager,
      `WITH c AS (SELECT max(version) AS v FROM content_policy_versions)
       SELECT c.v AS current,
              EXISTS (SELECT 1 FROM content_policy_acknowledgements a
                       WHERE a.user_id = $1 AND a.version = c.v) AS acknowledged
         FROM c`,
      [userId],
    );
    return row;
  }

  /** The newest version the person acknowledged, if any. */
  async acknowledgedVersion(userId: string): Promise<number | null> {
    const [row]: { version: number | null }[] = await this.dataSource.query(
      `SELECT max(version) AS version FROM content_policy_acknowledgements WHERE user_id = $1`,
      [userId],
    );
    return row?.version ?? null;
  }

  /** Publishes the next version; serialised so two admins saving at once get 2 and 3. */
  async insertNext(
    tx: EntityManager,
    values: { markdown: string; changeNote: string; publishedBy: string | null },
  ): Promise<PolicyVersionRow> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('outloud.content-policy'))`);
    const [row]: PolicyVersionRow[] = await tx.query(
      `INSERT INTO content_policy_versions AS v (version, markdown, change_note, published_by)
       SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM content_policy_versions
       RETURNING ${COLUMNS}`,
      [values.markdown, values.changeNote, values.publishedBy],
    );
    return row;
  }

  async acknowledge(userId: string, version: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO content_policy_acknowledgements (user_id, version) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [userId, version],
    );
  }

  /**
   * How many active people acknowledged a version, overall and per department (the profile's
   * department; people who gave none are one group).
   */
  async stats(version: number): Promise<AcknowledgementStats> {
    const rows: { department: string | null; people: number; acknowledged: number }[] =
      await this.dataSource.query(
        `SELECT nullif(trim(u.department), '') AS department, count(*)::int AS people,
                count(a.user_id)::int AS acknowledged
           FROM users u
           LEFT JOIN content_policy_acknowledgements a ON a.user_id = u.id AND a.version = $1
          WHERE u.status = 'active'
          GROUP BY 1
          ORDER BY count(*) DESC, 1`,
        [version],
      );
    return {
      version,
      people: rows.reduce((n, r) => n + r.people, 0),
      acknowledged: rows.reduce((n, r) => n + r.acknowledged, 0),
      byDepartment: rows,
    };
  }
}
