import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ModerationOutcome,
  ModerationState,
  ModerationTargetType,
  ReportReason,
} from '@outloud/contracts';
import { AccessPolicy, isUuid } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { TargetFacts } from './moderation-targets';

/** A reported or hidden piece of content (`moderation_items`). */
export interface ItemRow {
  id: string;
  targetType: ModerationTargetType;
  targetId: string;
  authorId: string;
  communityId: string | null;
  postId: string | null;
  fileId: string | null;
  state: ModerationState;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** In the review queue since (null: not waiting for a moderator). */
  queuedAt: Date | null;
  reviewRequestedAt: Date | null;
  reviewNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type DecisionAction =
  'held' | 'hidden' | 'restored' | 'dismissed' | 'deleted' | 'reviewRequested';

export interface ReportSummary {
  itemId: string;
  openCount: number;
  reasons: { reason: ReportReason; count: number }[];
  /** The open reports' notes, newest first (at most 10). */
  notes: { reason: ReportReason; note: string; createdAt: Date }[];
}

export interface AuthorHistory {
  authorId: string;
  /** Items of theirs ever hidden (by a moderator, or held by reports). */
  everHidden: number;
  /** Of those, still hidden or deleted now. */
  stillHidden: number;
  deleted: number;
}

/** What a decision's notifications need. */
export interface DecisionNotice {
  decisionId: string;
  action: DecisionAction;
  reason: string | null;
  automatic: boolean;
  /** The item's state before and after this decision. */
  fromState: ModerationState;
  toState: ModerationState;
  item: ItemRow;
  /** People whose reports this decision closed. */
  reporterIds: string[];
}

const ITEM_COLUMNS = `i.id, i.target_type AS "targetType", i.target_id AS "targetId",
  i.author_id AS "authorId", i.community_id AS "communityId", i.post_id AS "postId",
  i.file_id AS "fileId", i.state, i.hidden_at AS "hiddenAt", i.hidden_reason AS "hiddenReason",
  i.queued_at AS "queuedAt", i.review_requested_at AS "reviewRequestedAt",
  i.review_note AS "reviewNote", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** The only place that queries moderation's tables. */
@Injectable()
export class ModerationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** The item for this content, created if new, row-locked until the transaction ends. */
  async lockOrCreateItem(tx: EntityManager, facts: TargetFacts): Promise<ItemRow> {
    await tx.query(
      `INSERT INTO moderation_items (target_type, target_id, author_id, community_id, post_id, file_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (target_type, target_id) DO NOTHING`,
      [facts.type, facts.id, facts.authorId, facts.communityId, facts.postId, facts.fileId],
    );
    const [row]: ItemRow[] = await tx.query(
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i
        WHERE i.target_type = $1 AND i.target_id = $2 FOR UPDATE`,
      [facts.type, facts.id],
    );
    return row;
  }

  /** An item by id, row-locked; null when there is none. */
  async lockItem(tx: EntityManager, itemId: string): Promise<ItemRow | null> {
    if (!isUuid(itemId)) return null;
    const [row]: ItemRow[] = await tx.query(
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE i.id = $1 FOR UPDATE`,
      [itemId],
    );
    return row ?? null;
  }

  async findItem(itemId: string): Promise<ItemRow | null> {
    if (!isUuid(itemId)) return null;
    const [row]: ItemRow[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE i.id = $1`,
      [itemId],
    );
    return row ?? null;
  }

  /** Items for these pieces of content (`type:id` keys), for per-request loaders. */
  async itemsByTargets(keys: readonly string[]): Promise<Map<string, ItemRow>> {
    const pairs = keys.map((k) => k.split(':')).filter(([, id]) => isUuid(id ?? ''));
    if (!pairs.length) return new Map();
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i
         JOIN unnest($1::text[], $2::uuid[]) AS k(type, id)
           ON i.target_type = k.type AND i.target_id = k.id`,
      [pairs.map(([t]) => t), pairs.map(([, id]) => id)],
    );
    return new Map(rows.map((r) => [`${r.targetType}:${r.targetId}`, r]));
  }

  /**
   * Files or updates the person's open report on an item: one open report per person per item
   * (a partial unique index), so reporting again changes its reason and note.
   */
  async upsertReport(
    tx: EntityManager,
    itemId: string,
    reporterId: string,
    reason: ReportReason,
    note: string | null,
  ): Promise<{ id: string; created: boolean }> {
    const [row]: { id: string; created: boolean }[] = await tx.query(
      `INSERT INTO moderation_reports (item_id, reporter_id, reason, note)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (item_id, reporter_id) WHERE status = 'open'
       DO UPDATE SET reason = EXCLUDED.reason, note = EXCLUDED.note, updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [itemId, reporterId, reason, note],
    );
    return row;
  }

  /** Distinct people with an open report on the item. */
  async openReporterCount(tx: EntityManager, itemId: string): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `SELECT count(DISTINCT reporter_id)::int AS n FROM moderation_reports
        WHERE item_id = $1 AND status = 'open'`,
      [itemId],
    );
    return row.n;
  }

  async updateItem(
    tx: EntityManager,
    itemId: string,
    patch: Partial<
      Pick<
        ItemRow,
        'state' | 'hiddenAt' | 'hiddenReason' | 'queuedAt' | 'reviewRequestedAt' | 'reviewNote'
      >
    >,
  ): Promise<ItemRow> {
    const columns: Record<keyof typeof patch, string> = {
      state: 'state',
      hiddenAt: 'hidden_at',
      hiddenReason: 'hidden_reason',
      queuedAt: 'queued_at',
      reviewRequestedAt: 'review_requested_at',
      reviewNote: 'review_note',
    };
    const entries = Object.entries(patch) as [keyof typeof patch, unknown][];
    const sets = entries.map(([key], i) => `${columns[key]} = $${i + 2}`);
    const [[row]]: [ItemRow[], number] = await tx.query(
      `UPDATE moderation_items i SET ${[...sets, 'updated_at = now()'].join(', ')}
        WHERE i.id = $1 RETURNING ${ITEM_COLUMNS}`,
      [itemId, ...entries.map(([, v]) => v)],
    );
    return row;
  }

  /** Closes the item's open reports with an outcome; returns them (id and reporter). */
  async closeOpenReports(
    tx: EntityManager,
    itemId: string,
    outcome: ModerationOutcome,
  ): Promise<{ id: string; reporterId: string }[]> {
    const [rows]: [{ id: string; reporterId: string }[], number] = await tx.query(
      `UPDATE moderation_reports SET status = 'closed', outcome = $2, closed_at = now(), updated_at = now()
        WHERE item_id = $1 AND status = 'open'
        RETURNING id, reporter_id AS "reporterId"`,
      [itemId, outcome],
    );
    return rows;
  }

  async addDecision(
    tx: EntityManager,
    decision: {
      itemId: string;
      action: DecisionAction;
      actorId: string | null;
      fromState: ModerationState;
      toState: ModerationState;
      reason: string | null;
      reportIds: string[];
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO moderation_decisions (item_id, action, actor_id, from_state, to_state, reason, report_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[]) RETURNING id::text AS id`,
      [
        decision.itemId,
        decision.action,
        decision.actorId,
        decision.fromState,
        decision.toState,
        decision.reason,
        decision.reportIds,
      ],
    );
    return row.id;
  }

  /**
   * The review queue as the viewer may see it, oldest first: everything queued for site
   * moderators and admins, the items of their own communities for community owners — and in
   * both cases only content the viewer may see (a restricted community's outsiders never).
   */
  async queue(
    viewerId: string,
    siteModerator: boolean,
    limit: number,
    after: { queuedAt: string; id: string } | null,
  ): Promise<ItemRow[]> {
    const params: unknown[] = [viewerId, siteModerator, limit];
    let keyset = '';
    if (after) {
      params.push(after.queuedAt, after.id);
      keyset = `AND (i.queued_at, i.id) > ($4::timestamptz, $5::uuid)`;
    }
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i
        WHERE ${this.queueScope()} ${keyset}
        ORDER BY i.queued_at, i.id LIMIT $3`,
      params,
    );
  }

  /** The queue badge: how many items wait for this viewer. */
  async queueCount(viewerId: string, siteModerator: boolean): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM moderation_items i WHERE ${this.queueScope()}`,
      [viewerId, siteModerator],
    );
    return row.n;
  }

  /** $1 viewer, $2 whether the viewer is a site moderator or admin. */
  private queueScope(): string {
    return `i.queued_at IS NOT NULL
        AND ($2::boolean OR i.community_id IN ${this.policy.moderatedCommunitiesSql('$1')})
        AND ${this.policy.visibleContentSql('i.target_type', 'i.target_id', '$1')}`;
  }

  /** Open reports per item: how many, why, and their notes. */
  async reportSummaries(itemIds: readonly string[]): Promise<Map<string, ReportSummary>> {
    if (!itemIds.length) return new Map();
    const rows: ReportSummary[] = await this.dataSource.query(
      `SELECT i.id AS "itemId",
              (SELECT count(*)::int FROM moderation_reports r WHERE r.item_id = i.id AND r.status = 'open') AS "openCount",
              coalesce((SELECT json_agg(json_build_object('reason', x.reason, 'count', x.n) ORDER BY x.n DESC, x.reason)
                          FROM (SELECT reason, count(*)::int AS n FROM moderation_reports r
                                 WHERE r.item_id = i.id AND r.status = 'open' GROUP BY reason) x), '[]') AS reasons,
              coalesce((SELECT json_agg(json_build_object('reason', y.reason, 'note', y.note, 'createdAt', y.created_at) ORDER BY y.created_at DESC)
                          FROM (SELECT reason, note, created_at FROM moderation_reports r
                                 WHERE r.item_id = i.id AND r.status = 'open' AND r.note IS NOT NULL AND r.note <> ''
                                 ORDER BY created_at DESC LIMIT 10) y), '[]') AS notes
         FROM moderation_items i WHERE i.id = ANY($1::uuid[])`,
      [itemIds],
    );
    return new Map(
      rows.map((r) => [
        r.itemId,
        { ...r, notes: r.notes.map((n) => ({ ...n, createdAt: new Date(n.createdAt) })) },
      ]),
    );
  }

  /** How often each author's content was hidden before, and what is still hidden. */
  async authorHistories(authorIds: readonly string[]): Promise<Map<string, AuthorHistory>> {
    if (!authorIds.length) return new Map();
    const rows: AuthorHistory[] = await this.dataSource.query(
      `SELECT a.id AS "authorId",
              count(DISTINCT i.id) FILTER (WHERE EXISTS (
                SELECT 1 FROM moderation_decisions d
                 WHERE d.item_id = i.id AND d.action IN ('held', 'hidden', 'deleted')))::int AS "everHidden",
              count(DISTINCT i.id) FILTER (WHERE i.state IN ('held', 'hidden', 'deleted'))::int AS "stillHidden",
              count(DISTINCT i.id) FILTER (WHERE i.state = 'deleted')::int AS deleted
         FROM unnest($1::uuid[]) AS a(id)
         LEFT JOIN moderation_items i ON i.author_id = a.id
        GROUP BY a.id`,
      [authorIds],
    );
    return new Map(rows.map((r) => [r.authorId, r]));
  }

  /** A decision with its item and the people whose reports it closed (for notifications). */
  async decisionNotice(decisionId: string): Promise<DecisionNotice | null> {
    if (!/^\d{1,19}$/.test(decisionId)) return null;
    const [row]: {
      action: DecisionAction;
      reason: string | null;
      actorId: string | null;
      itemId: string;
      fromState: ModerationState;
      toState: ModerationState;
      reporterIds: string[];
    }[] = await this.dataSource.query(
      `SELECT d.action, d.reason, d.actor_id AS "actorId", d.item_id AS "itemId",
              d.from_state AS "fromState", d.to_state AS "toState",
              ARRAY(SELECT DISTINCT r.reporter_id FROM moderation_reports r
                     WHERE r.id = ANY(d.report_ids)) AS "reporterIds"
         FROM moderation_decisions d WHERE d.id = $1::bigint`,
      [decisionId],
    );
    if (!row) return null;
    const item = await this.findItem(row.itemId);
    if (!item) return null;
    return {
      decisionId,
      action: row.action,
      reason: row.reason,
      automatic: row.actorId === null,
      fromState: row.fromState,
      toState: row.toState,
      item,
      reporterIds: row.reporterIds,
    };
  }
}
