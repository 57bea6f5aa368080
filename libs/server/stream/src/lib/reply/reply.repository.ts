import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, OneStatement } from '@outloud/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { FeedCursor } from '../feed/feed.repository';
import { ReplyEntity } from './reply.entity';

/** The only place that queries replies. */
@Injectable()
export class ReplyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replies oldest first, keyset on (created_at, id). */
  async page(postId: string, limit: number, after: FeedCursor | null): Promise<ReplyEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ReplyEntity, 'r')
      .where('r.post_id = :postId', { postId })
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

  findByIds(ids: readonly string[]): Promise<ReplyEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length
      ? this.dataSource.manager.findBy(ReplyEntity, { id: In(valid) })
      : Promise.resolve([]);
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

  async setLikeCount(manager: EntityManager, replyId: string, likeCount: number): Promise<void> {
    await manager.update(ReplyEntity, { id: replyId }, { likeCount });
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
