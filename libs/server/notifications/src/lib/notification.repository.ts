import { Injectable } from '@nestjs/common';
import { ModerationNoticeDetails, NotificationType } from '@outloud/contracts';
import { AccessPolicy, idsParam, preparedQuery } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

/** Unread counts stop here: the bell shows "99+" beyond 99, and the count's cost stays bounded. */
export const UNREAD_COUNT_CAP = 100;

/** The bell's number from a stored counter (`c`): unread less those last found invisible, capped. */
const PUSHED_COUNT = `greatest(least(c.unread - c.invisible, ${UNREAD_COUNT_CAP}), 0)`;

/**
 * Adds the rows of `rows` (a CTE of new unread notifications) to their recipients' counters and
 * returns each recipient's new count. ON CONFLICT updates the newest committed counter, so the
 * count is exact even when another statement added to it while this one waited for its locks.
 * Sorted by person, so two statements lock counters in the same order.
 */
const countNew = (rows: string) => `
  INSERT INTO notification_counters AS c (user_id, unread)
  SELECT recipient_id, count(*) FROM ${rows} GROUP BY recipient_id ORDER BY recipient_id
  ON CONFLICT (user_id) DO UPDATE SET unread = c.unread + EXCLUDED.unread
  RETURNING c.user_id, ${PUSHED_COUNT} AS unread_count`;

/** A notification row as stored, joined with what a card needs. */
export interface NotificationRow {
  id: string;
  recipient_id: string;
  type: NotificationType;
  post_id: string | null;
  reply_id: string | null;
  actor_ids: string[];
  read_at: Date | null;
  created_at: Date;
  post_body: string | null;
  /** The reply the notification is about (replies, mentions in a reply), when there is one. */
  reply_body?: string | null;
  /**
   * Moderation notifications: what was decided about the recipient's content or report.
   * QUESTIONS_TO_ANSWER: the day's questions (`postIds`).
   */
  details?: ModerationNoticeDetails | { postIds: string[] } | null;
  /** The named actors, when the statement that read the row joined them (saves a query). */
  actors?: ActorRow[];
  /** The recipient's unread count after this row, when the statement that wrote it counted. */
  unread_count?: number;
}

export interface ActorRow {
  id: string;
  handle: string;
  display_name: string;
}

export interface NewNotification {
  type: NotificationType;
  postId: string;
  replyId: string | null;
  actorId: string;
  dedupeKey: string;
}

export interface Inserted {
  id: string;
  recipientId: string;
  replacesId: string | null;
}

/**
 * The only place that reads or writes notifications. Every read joins the subject post through
 * the AccessPolicy predicate, so a notification about something the recipient can no longer see
 * (removed from the community, post deleted) is not shown, not counted and not caught up on.
 */
@Injectable()
export class NotificationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Of `candidates`, those who should hear about this event: active, not the actor, able to see
   * the post (and the reply, if any) right now, and not opted out of the type.
   */
  async eligibleRecipients(
    manager: EntityManager,
    candidates: string[],
    event: Omit<NewNotification, 'dedupeKey'>,
  ): Promise<string[]> {
    if (candidates.length === 0) return [];
    const listed = idsParam(candidates, 5);
    const rows: { id: string }[] = await manager.query(
      this.eligibleSql(Boolean(event.replyId), listed.sql),
      [event.postId, event.replyId, event.actorId, event.type, ...listed.values],
    );
    return rows.map((r) => r.id);
  }

  /**
   * $1 post, $2 reply or null, $3 actor, $4 type, `candidates` the people's ids (see
   * `idsParam`); ordered by id. About a post (`$2` null) the reply's check is left out.
   */
  private eligibleSql(aboutReply: boolean, candidates: string): string {
    const reply = aboutReply
      ? `EXISTS (SELECT 1 FROM replies r WHERE r.id = $2 AND r.post_id = p.id AND r.deleted_at IS NULL
                   AND ${this.policy.replyNotHiddenSql('r', 'p.community_id', 'u.id')})`
      : `$2::uuid IS NULL`;
    return `SELECT u.id FROM users u
         JOIN posts p ON p.id = $1 AND p.deleted_at IS NULL
        WHERE u.id = ANY(${candidates}) AND u.id <> $3 AND u.status = 'active'
          AND ${reply}
          AND ${this.policy.visiblePostsSql('p', 'u.id')}
          AND NOT EXISTS (SELECT 1 FROM notification_preferences np
                           WHERE np.user_id = u.id AND np.type = $4 AND NOT np.enabled)
        ORDER BY u.id`;
  }

  /**
   * Serialises notification writes per recipient until commit, so each person's ids become
   * visible in increasing order: "everything after id N" then never skips a late commit.
   * Sorted to keep lock order stable across transactions.
   */
  async lockRecipients(manager: EntityManager, recipients: string[]): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('notifications:' || r, 0))
         FROM unnest($1::uuid[]) AS r ORDER BY r`,
      [[...recipients].sort()],
    );
  }

  /**
   * One notification per eligible candidate per dedupe key (repeats of an event are ignored),
   * in one statement: eligibility, the per-recipient locks (taken in id order, before any row
   * is inserted, held until the statement commits) and the insert, returning the new rows as
   * pushes show them (with the actor, the card's one name). Visibility was checked in the same
   * snapshot, so they need no re-read. The recipients' counters are added to in the same
   * statement, which returns the count the push shows.
   * One round trip where a transaction took five, on the path a mention waits for.
   */
  async insertForEligible(candidates: string[], n: NewNotification): Promise<NotificationRow[]> {
    if (candidates.length === 0) return [];
    const listed = idsParam(candidates, 6);
    const rows = await preparedQuery<NotificationRow>(
      this.dataSource,
      `WITH eligible AS (${this.eligibleSql(Boolean(n.replyId), listed.sql)}),
       locked AS (
         SELECT count(*) AS n FROM (
           SELECT pg_advisory_xact_lock(hashtextextended('notifications:' || e.id, 0))
             FROM (SELECT id FROM eligible ORDER BY id OFFSET 0) e) l),
       inserted AS (
         INSERT INTO notifications (recipient_id, type, post_id, reply_id, actor_ids, dedupe_key)
         SELECT e.id, $4, $1, $2, ARRAY[$3::uuid], $5 FROM eligible e, locked WHERE locked.n >= 0
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
         RETURNING id, recipient_id, type, post_id, reply_id, actor_ids, read_at, created_at),
       counted AS (${countNew('inserted')})
       SELECT i.*, p.body AS post_body,
              (SELECT r.body FROM replies r WHERE r.id = i.reply_id) AS reply_body,
              (SELECT json_build_array(json_build_object(
                        'id', a.id, 'handle', a.handle, 'display_name', a.display_name))
                 FROM users a WHERE a.id = $3) AS actors,
              k.unread_count
         FROM inserted i JOIN posts p ON p.id = i.post_id
         JOIN counted k ON k.user_id = i.recipient_id
        ORDER BY i.id`,
      [n.postId, n.replyId, n.actorId, n.type, n.dedupeKey, ...listed.values],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  /**
   * Moderation notifications (about the recipient's own content or report): one per decision
   * and person, for active people, returned as pushes show them. They name no post, so no
   * visibility check applies: the details say only what the recipient is entitled to know.
   */
  async insertModeration(
    notices: {
      recipientId: string;
      type: NotificationType;
      details: ModerationNoticeDetails;
      dedupeKey: string;
    }[],
  ): Promise<NotificationRow[]> {
    if (notices.length === 0) return [];
    const rows: NotificationRow[] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO notifications (recipient_id, type, actor_ids, dedupe_key, details)
         SELECT n.recipient_id, n.type, '{}'::uuid[], n.dedupe_key, n.details
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])
                AS n(recipient_id, type, dedupe_key, details)
           JOIN users u ON u.id = n.recipient_id AND u.status = 'active'
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
         RETURNING id, recipient_id, type, post_id, reply_id, actor_ids, read_at, created_at,
                   NULL::text AS post_body, details),
       counted AS (${countNew('inserted')})
       SELECT i.*, k.unread_count
         FROM inserted i JOIN counted k ON k.user_id = i.recipient_id
        ORDER BY i.id`,
      [
        notices.map((n) => n.recipientId),
        notices.map((n) => n.type),
        notices.map((n) => n.dedupeKey),
        notices.map((n) => JSON.stringify(n.details)),
      ],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  /**
   * Grouped notification (likes): the first event creates it; each new actor joins the group,
   * which becomes unread again and moves to the top with a fresh id (so catch-up by id sees it).
   * An actor already in the group changes nothing. A new group adds to the counter here; one
   * that becomes unread again does so through the counters' update trigger.
   */
  async upsertGrouped(
    manager: EntityManager,
    recipientId: string,
    n: NewNotification,
  ): Promise<Inserted | null> {
    const [previous]: { id: string }[] = await manager.query(
      `SELECT id FROM notifications WHERE recipient_id = $1 AND dedupe_key = $2`,
      [recipientId, n.dedupeKey],
    );
    const rows: { id: string }[] = await manager.query(
      `WITH upserted AS (
         INSERT INTO notifications (recipient_id, type, post_id, reply_id, actor_ids, dedupe_key)
         VALUES ($1, $2, $3, $4, ARRAY[$5::uuid], $6)
         ON CONFLICT (recipient_id, dedupe_key) DO UPDATE
            SET id = nextval(pg_get_serial_sequence('notifications', 'id')),
                actor_ids = array_prepend($5::uuid, notifications.actor_ids),
                read_at = NULL,
                created_at = now()
          WHERE NOT ($5::uuid = ANY (notifications.actor_ids))
         RETURNING id, recipient_id, xmax = 0 AS is_new),
       counted AS (${countNew('(SELECT recipient_id FROM upserted WHERE is_new) n')})
       SELECT id FROM upserted`,
      [recipientId, n.type, n.postId, n.replyId, n.actorId, n.dedupeKey],
    );
    if (!rows[0]) return null;
    return { id: String(rows[0].id), recipientId, replacesId: previous?.id ?? null };
  }

  /**
   * "Questions you could answer" (routing): one notification per person and day. The first offer
   * creates it; each further question that day joins it (its id goes into `details.postIds`,
   * its asker into the actors), makes it unread again and moves it to the top with a fresh id.
   * A question already in the group changes nothing. The card links to the newest question.
   */
  async upsertQuestionOffer(
    manager: EntityManager,
    recipientId: string,
    n: NewNotification,
  ): Promise<Inserted | null> {
    const [previous]: { id: string }[] = await manager.query(
      `SELECT id FROM notifications WHERE recipient_id = $1 AND dedupe_key = $2`,
      [recipientId, n.dedupeKey],
    );
    const rows: { id: string }[] = await manager.query(
      `WITH upserted AS (
         INSERT INTO notifications (recipient_id, type, post_id, reply_id, actor_ids, dedupe_key, details)
         VALUES ($1, $2, $3::uuid, NULL, ARRAY[$4::uuid], $5, jsonb_build_object('postIds', jsonb_build_array($3::uuid::text)))
         ON CONFLICT (recipient_id, dedupe_key) DO UPDATE
            SET id = nextval(pg_get_serial_sequence('notifications', 'id')),
                post_id = EXCLUDED.post_id,
                actor_ids = CASE WHEN $4::uuid = ANY (notifications.actor_ids) THEN notifications.actor_ids
                                 ELSE array_prepend($4::uuid, notifications.actor_ids) END,
                details = jsonb_build_object('postIds',
                            coalesce(notifications.details -> 'postIds', '[]'::jsonb) || to_jsonb($3::uuid::text)),
                read_at = NULL,
                created_at = now()
          WHERE NOT coalesce(notifications.details -> 'postIds', '[]'::jsonb) ? ($3::uuid::text)
         RETURNING id, recipient_id, xmax = 0 AS is_new),
       counted AS (${countNew('(SELECT recipient_id FROM upserted WHERE is_new) n')})
       SELECT id FROM upserted`,
      [recipientId, n.type, n.postId, n.actorId, n.dedupeKey],
    );
    if (!rows[0]) return null;
    return { id: String(rows[0].id), recipientId, replacesId: previous?.id ?? null };
  }

  /** Of `userIds`, those who turned notifications of `type` off. */
  async optedOut(userIds: string[], type: NotificationType): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM notification_preferences
        WHERE user_id = ANY($1::uuid[]) AND type = $2 AND NOT enabled`,
      [userIds, type],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** Newest first, keyset on id. */
  async page(recipientId: string, beforeId: string | null, limit: number) {
    return this.select(recipientId, `($2::bigint IS NULL OR n.id < $2)`, 'n.id DESC', [
      beforeId,
      limit,
    ]);
  }

  /** Oldest first after `afterId`: what a reconnecting client missed. */
  async since(recipientId: string, afterId: string, limit: number) {
    return this.select(recipientId, `n.id > $2::bigint`, 'n.id ASC', [afterId, limit]);
  }

  /**
   * Unread notifications of `types` created after `since`, oldest first: what a digest lists.
   * The same visibility filter as every read, evaluated at send time.
   */
  async unreadSince(recipientId: string, types: NotificationType[], since: Date, limit: number) {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.recipient_id, n.type, n.post_id, n.reply_id, n.actor_ids, n.read_at,
              n.created_at, p.body AS post_body, rb.body AS reply_body, n.details
         FROM notifications n LEFT JOIN posts p ON p.id = n.post_id
         LEFT JOIN replies rb ON rb.id = n.reply_id
        WHERE n.recipient_id = $1 AND n.read_at IS NULL AND n.type = ANY($2::text[])
          AND n.created_at > $3 AND ${this.visibleTo('$1')}
        ORDER BY n.id LIMIT $4`,
      [recipientId, types, since, limit],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  /** Rows by id across recipients, each still visible to its own recipient (for pushes). */
  async visibleByIds(ids: string[]): Promise<NotificationRow[]> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.recipient_id, n.type, n.post_id, n.reply_id, n.actor_ids, n.read_at,
              n.created_at, p.body AS post_body, rb.body AS reply_body, n.details
         FROM notifications n LEFT JOIN posts p ON p.id = n.post_id
         LEFT JOIN replies rb ON rb.id = n.reply_id
        WHERE n.id = ANY($1::bigint[]) AND ${this.visibleTo('n.recipient_id')}
        ORDER BY n.id`,
      [ids],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  /** What pushes show, from the stored counters (no count of rows). */
  async pushedCounts(recipientIds: string[]): Promise<Map<string, number>> {
    const rows = await preparedQuery<{ user_id: string; unread_count: number }>(
      this.dataSource,
      `SELECT c.user_id, ${PUSHED_COUNT} AS unread_count
         FROM notification_counters c WHERE c.user_id = ANY($1::uuid[])`,
      [recipientIds],
    );
    return new Map(rows.map((r) => [r.user_id, r.unread_count]));
  }

  /**
   * Unread counts, visibility-checked per row, each capped at UNREAD_COUNT_CAP: the bell shows
   * "99+" beyond that, and an uncapped count grew with every unread notification (7 ms per push
   * for people mentioned a few thousand times on `peer`). The post check is a primary-key probe
   * per unread row; a plain join made the planner hash the whole posts table.
   * The same statement records how many unread ones each person could not see (`invisible`),
   * so later pushes, which read only the counter, show this count plus what arrived since. It
   * leaves a counter alone that changed after this statement's snapshot.
   */
  async unreadCounts(recipientIds: string[]): Promise<Map<string, number>> {
    const rows = await preparedQuery<{ recipient_id: string; count: number }>(
      this.dataSource,
      `WITH exact AS (SELECT r.id AS recipient_id, (
         SELECT count(*)::int FROM (
           SELECT 1 FROM notifications n
            WHERE n.recipient_id = r.id AND n.read_at IS NULL
              AND (n.post_id IS NULL OR EXISTS (
                SELECT 1 FROM posts p
                 WHERE p.id = n.post_id AND p.deleted_at IS NULL
                   AND ${this.policy.visiblePostsSql('p', 'r.id')}
                   AND (n.reply_id IS NULL OR EXISTS (
                     SELECT 1 FROM replies rp WHERE rp.id = n.reply_id AND rp.deleted_at IS NULL
                        AND ${this.policy.replyNotHiddenSql('rp', 'p.community_id', 'r.id')}))))
            LIMIT ${UNREAD_COUNT_CAP}) capped) AS count
         FROM unnest($1::uuid[]) AS r(id)),
       target AS (
         SELECT c.user_id, c.unread,
                CASE WHEN e.count < ${UNREAD_COUNT_CAP} THEN greatest(c.unread - e.count, 0)
                     ELSE greatest(least(c.invisible, c.unread - ${UNREAD_COUNT_CAP}), 0) END AS invisible
           FROM exact e JOIN notification_counters c ON c.user_id = e.recipient_id),
       healed AS (
         UPDATE notification_counters c SET invisible = t.invisible FROM target t
          WHERE c.user_id = t.user_id AND c.unread = t.unread AND c.invisible <> t.invisible)
       SELECT recipient_id, count FROM exact`,
      [recipientIds],
    );
    return new Map(
      recipientIds.map((id) => [id, rows.find((r) => r.recipient_id === id)?.count ?? 0]),
    );
  }

  async markRead(recipientId: string, ids: string[] | 'all'): Promise<void> {
    if (ids === 'all') {
      await this.dataSource.query(
        `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`,
        [recipientId],
      );
      return;
    }
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE recipient_id = $1 AND id = ANY($2::bigint[]) AND read_at IS NULL`,
      [recipientId, ids],
    );
  }

  async disabledTypes(userId: string): Promise<Set<NotificationType>> {
    const rows: { type: NotificationType }[] = await this.dataSource.query(
      `SELECT type FROM notification_preferences WHERE user_id = $1 AND NOT enabled`,
      [userId],
    );
    return new Set(rows.map((r) => r.type));
  }

  async setPreference(userId: string, type: NotificationType, enabled: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, type, enabled) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, type) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [userId, type, enabled],
    );
  }

  /**
   * The post (and reply) is still there and the recipient may see it now. Moderation
   * notifications name no post (they are about the recipient's own content or report).
   */
  private visibleTo(recipient: string): string {
    return `(n.post_id IS NULL OR (p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', recipient)}
      AND (n.reply_id IS NULL OR EXISTS (
            SELECT 1 FROM replies r WHERE r.id = n.reply_id AND r.deleted_at IS NULL
               AND ${this.policy.replyNotHiddenSql('r', 'p.community_id', recipient)}))))`;
  }

  private async select(
    recipientId: string,
    where: string,
    order: string,
    params: [unknown, number],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NotificationRow[]> {
    const rows: NotificationRow[] = await manager.query(
      `SELECT n.id, n.recipient_id, n.type, n.post_id, n.reply_id, n.actor_ids, n.read_at,
              n.created_at, p.body AS post_body, rb.body AS reply_body, n.details
         FROM notifications n LEFT JOIN posts p ON p.id = n.post_id
         LEFT JOIN replies rb ON rb.id = n.reply_id
        WHERE n.recipient_id = $1 AND ${where} AND ${this.visibleTo('$1')}
        ORDER BY ${order} LIMIT $3`,
      [recipientId, ...params],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }
}
