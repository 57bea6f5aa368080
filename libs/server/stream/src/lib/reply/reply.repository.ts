import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, isUuid, OneStatement } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { PostEntity } from '../post/post.entity';
import { FeedCursor } from '../feed/feed.repository';
import { ReplyEntity } from './reply.entity';

/** A reply with its post's community (read port for moderation). */
export interface ReplyFacts {
  id: string;
  postId: string;
  authorId: string;
  body: string;
  deletedAt: Date | null;
  communityId: string | null;
}

/** The only place that queries replies. */
@Injectable()
export class ReplyRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * A post's replies the viewer may see, oldest first, keyset on (created_at, id). The caller
   * checked the post; hidden replies show only to their author and the post's moderators.
   */
  async page(
    post: { id: string; communityId: string | null },
    viewerId: string,
    limit: number,
    after: FeedCursor | null,
  ): Promise<ReplyEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ReplyEntity, 'r')
      .where('r.post_id = :postId', { postId: post.id })
      .andWhere(this.policy.replyNotHiddenSql('r', 'CAST(:communityId AS uuid)', ':viewerId'), {
        communityId: post.communityId,
        viewerId,
      })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit + 1);
    if (after)
      qb.andWhere('(r.created_at, r.id) > (:createdAt, :id)', {
        createdAt: after.createdAt,
        id: after.id,
      });
    return qb.getMany();
  }

  /** Replies by id that the viewer may see (their post visible, the reply not hidden). */
  async findVisibleByIds(ids: readonly string[], viewerId: string): Promise<ReplyEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(ReplyEntity, 'r')
      .innerJoin(PostEntity, 'p', 'p.id = r.post_id')
      .where('r.id IN (:...ids)', { ids: valid })
      .andWhere(this.policy.visibleRepliesSql('r', 'p', ':viewerId'), { viewerId })
      .getMany();
  }

  /** Whether the viewer may see this reply (its post, and the reply unless hidden). */
  async isVisible(
    replyId: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (!isUuid(replyId)) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM replies r JOIN posts p ON p.id = r.post_id
        WHERE r.id = $1 AND ${this.policy.visibleRepliesSql('r', 'p', '$2')}`,
      [replyId, viewerId],
    );
    return rows.length > 0;
  }

  /**
   * A reply the viewer may see (its post visible and not deleted, the reply not hidden unless
   * theirs or moderated by them), with its post's community: what moderation needs to know.
   */
  async findVisibleFacts(
    replyId: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReplyFacts | null> {
    if (!isUuid(replyId)) return null;
    const [row]: ReplyFacts[] = await manager.query(
      `SELECT r.id, r.post_id AS "postId", r.author_id AS "authorId", r.body,
              r.deleted_at AS "deletedAt", p.community_id AS "communityId"
         FROM replies r JOIN posts p ON p.id = r.post_id
        WHERE r.id = $1 AND p.deleted_at IS NULL AND ${this.policy.visibleRepliesSql('r', 'p', '$2')}`,
      [replyId, viewerId],
    );
    return row ?? null;
  }

  /** Adds a new reply and its post's reply count to a write (after the post is locked). */
  addInsert(statement: OneStatement, reply: ReplyEntity): void {
    const p = (value: unknown) => statement.param(value);
    statement.write(
      `INSERT INTO replies (id, post_id, author_id, body, body_html, created_at)
         VALUES (${p(reply.id)}::uuid, ${p(reply.postId)}::uuid, ${p(reply.authorId)}::uuid,
                 ${p(reply.body)}, ${p(reply.bodyHtml)}, ${p(reply.createdAt)}::timestamptz)`,
    );
    statement.write(`UPDATE posts SET reply_count = reply_count + 1 WHERE id = ${p(reply.postId)}`);
  }

  /** Row-locks a reply for a write; null for a malformed or unknown id. */
  lockForUpdate(manager: EntityManager, id: string): Promise<ReplyEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOne(ReplyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findInPost(manager: EntityManager, id: string): Promise<ReplyEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOneBy(ReplyEntity, { id });
  }

  save(manager: EntityManager, reply: ReplyEntity): Promise<ReplyEntity> {
    return manager.save(reply);
  }

  /** The author of a reply; with `liveOnly`, null once it is deleted. */
  async authorOf(replyId: string, options: { liveOnly: boolean }): Promise<string | null> {
    const [row]: { author_id: string }[] = await this.dataSource.query(
      options.liveOnly
        ? `SELECT author_id FROM replies WHERE id = $1 AND deleted_at IS NULL`
        : `SELECT author_id FROM replies WHERE id = $1`,
      [replyId],
    );
    return row?.author_id ?? null;
  }

  /**
   * Who a new reply concerns: its author, the post's author, people who replied earlier, and
   * people the reply mentions. One statement, on the path a notification waits for.
   */
  async threadFacts(
    replyId: string,
    postId: string,
  ): Promise<{ actor: string; postAuthor: string; earlier: string[]; mentioned: string[] } | null> {
    const [facts]: {
      actor: string;
      post_author: string;
      earlier: string[];
      mentioned: string[];
    }[] = await this.dataSource.query(
      `SELECT r.author_id AS actor, p.author_id AS post_author,
              ARRAY(SELECT DISTINCT o.author_id FROM replies o
                     WHERE o.post_id = p.id AND o.id <> r.id AND o.deleted_at IS NULL
                       AND o.created_at <= r.created_at) AS earlier,
              ARRAY(SELECT m.user_id FROM mentions m WHERE m.reply_id = r.id) AS mentioned
         FROM replies r JOIN posts p ON p.id = r.post_id
        WHERE r.id = $1 AND p.id = $2`,
      [replyId, postId],
    );
    return facts
      ? {
          actor: facts.actor,
          postAuthor: facts.post_author,
          earlier: facts.earlier,
          mentioned: facts.mentioned,
        }
      : null;
  }
}
