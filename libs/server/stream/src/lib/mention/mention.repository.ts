import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, OneStatement } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

export interface MentionedPerson {
  id: string;
  handle: string;
  active: boolean;
}

export interface MentionTarget {
  postId: string;
  replyId: string | null;
  postCreatedAt: Date;
}

/** The only place that queries mentions (of people in posts and replies). */
@Injectable()
export class MentionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Adds the mention rows of a post (or of one reply) to a write. A post or reply written just
   * now has no earlier mentions, so everyone in `people` is newly mentioned.
   */
  addInsert(statement: OneStatement, target: MentionTarget, people: MentionedPerson[]): void {
    if (!people.length) return;
    const ids = statement.param(people.map((p) => p.id));
    statement.write(
      `INSERT INTO mentions (post_id, user_id, reply_id, post_created_at)
     SELECT ${statement.param(target.postId)}::uuid, unnest(${ids}::uuid[]),
            ${statement.param(target.replyId)}::uuid, ${statement.param(target.postCreatedAt)}::timestamptz
     ON CONFLICT DO NOTHING`,
    );
    this.addNotified(statement, target, ids);
  }

  private addNotified(statement: OneStatement, target: MentionTarget, idsParam: string): void {
    statement.write(
      `INSERT INTO mentions_notified (target_id, user_id)
       SELECT ${statement.param(target.replyId ?? target.postId)}::uuid, unnest(${idsParam}::uuid[])
       ON CONFLICT DO NOTHING`,
    );
  }

  /**
   * For an edit: who of `people` were never notified by this post (or reply) before, and the
   * people it may mention, so that everyone it ever notified stays within `max`. Newcomers over
   * the cap are dropped (their handles stay plain text). Callers hold the post's row lock.
   */
  async withinEverNotified(
    manager: EntityManager,
    target: MentionTarget,
    people: MentionedPerson[],
    max: number,
  ): Promise<{ people: MentionedPerson[]; fresh: MentionedPerson[] }> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM mentions_notified WHERE target_id = $1`,
      [target.replyId ?? target.postId],
    );
    const before = new Set(rows.map((r) => r.user_id));
    const room = Math.max(0, max - before.size);
    const fresh = people.filter((p) => !before.has(p.id)).slice(0, room);
    const keep = new Set([...fresh.map((p) => p.id), ...before]);
    return { people: people.filter((p) => keep.has(p.id)), fresh };
  }

  /**
   * Replaces the mention rows of a post (or of one reply); everyone in `people` joins the set it
   * ever notified (see `withinEverNotified`).
   */
  async replace(
    manager: EntityManager,
    target: MentionTarget,
    people: MentionedPerson[],
  ): Promise<void> {
    const replyCond = target.replyId ? 'reply_id = $2' : 'reply_id IS NULL';
    await manager.query(
      `DELETE FROM mentions WHERE post_id = $1 AND ${replyCond}`,
      target.replyId ? [target.postId, target.replyId] : [target.postId],
    );
    const statement = new OneStatement();
    this.addInsert(statement, target, people);
    await statement.run(manager);
  }

  async deleteOfPost(manager: EntityManager, postId: string): Promise<void> {
    await manager.query(`DELETE FROM mentions WHERE post_id = $1`, [postId]);
  }

  async deleteOfReply(manager: EntityManager, replyId: string): Promise<void> {
    await manager.query(`DELETE FROM mentions WHERE reply_id = $1`, [replyId]);
  }

  /** Mentioned user ids per post (post body mentions only, in order), for DataLoader batching. */
  async userIdsByPost(postIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { post_id: string; user_id: string }[] = postIds.length
      ? await this.dataSource.query(
          `SELECT post_id, user_id FROM mentions WHERE post_id = ANY($1::uuid[]) AND reply_id IS NULL ORDER BY created_at`,
          [postIds],
        )
      : [];
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.post_id, [...(map.get(r.post_id) ?? []), r.user_id]);
    return map;
  }

  /** People mentioned in a post (body or replies) who may not see it, checked per person. */
  async mentionedWithoutAccess(postId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.user_id FROM mentions m JOIN posts p ON p.id = m.post_id
        WHERE m.post_id = $1 AND NOT ${this.policy.visiblePostsSql('p', 'm.user_id')}`,
      [postId],
    );
    return rows.map((r) => r.user_id);
  }
}
