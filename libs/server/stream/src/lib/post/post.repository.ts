import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  findByIdsPrepared,
  idsParam,
  isUuid,
  OneStatement,
  preparedQuery,
} from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { PostEntity, PostRevisionEntity } from './post.entity';
import { PostModelFields } from './post.mapper';

/** A post of a list page with what every post card shows, read in one statement. */
export type PostCardRow = PostModelFields & {
  tags: string[];
  mentionIds: string[];
  viewerLiked: boolean;
  /** Hidden by moderation (the access policy's fact), so a card's moderation field needs no query. */
  hidden: boolean;
};

/**
 * A card's columns (`PostCardRow`) over posts aliased `p`, for the viewer in parameter `viewer`:
 * the post, its tags and mentioned people, whether the viewer liked it and whether moderation hid
 * it. Shared by the cards of any list and the home feed's one statement.
 */
export function postCardColumns(policy: AccessPolicy, viewer: string): string {
  return `p.id, p.author_id AS "authorId", p.board_user_id AS "boardUserId",
          p.community_id AS "communityId", p.is_question AS "isQuestion", p.body,
          p.body_html AS "bodyHtml", p.accepted_reply_id AS "acceptedReplyId",
          p.reply_count AS "replyCount", p.like_count AS "likeCount", p.created_at AS "createdAt",
          p.edited_at AS "editedAt", p.deleted_at AS "deletedAt",
          ARRAY(SELECT t.tag FROM post_tags t WHERE t.post_id = p.id ORDER BY t.tag) AS tags,
          ARRAY(SELECT m.user_id FROM mentions m WHERE m.post_id = p.id AND m.reply_id IS NULL
                 ORDER BY m.created_at) AS "mentionIds",
          EXISTS (SELECT 1 FROM likes l WHERE l.user_id = ${viewer} AND l.subject_type = 'post'
                   AND l.subject_id = p.id) AS "viewerLiked",
          ${policy.isHiddenSql('post', 'p.id')} AS hidden`;
}

/**
 * The only place that queries posts and their revisions one by one (lists of posts are the feed
 * repository's). Single reads filter visibility with the access policy's predicate.
 */
/** What routing needs about a live question (`PostRepository.questionFacts`). */
/** What a new post's "new posts" push needs: who wrote it, and where it is. */
export interface LivePostFacts {
  authorId: string;
  communityId: string | null;
}

export interface QuestionFacts {
  authorId: string;
  communityId: string | null;
  body: string;
  createdAt: Date;
  firstOtherReplyAt: Date | null;
  /** People mentioned in the question itself. */
  mentionedIds: string[];
}

@Injectable()
export class PostRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {
    this.cardColumnsSql = postCardColumns(policy, '$1');
    this.visibleLiveSql = `AND p.deleted_at IS NULL AND ${policy.visiblePostsSql('p', '$1')}`;
  }

  /** Every page of cards asks these; their texts are fixed, so they are built once. */
  private readonly cardColumnsSql: string;
  private readonly visibleLiveSql: string;
  /** The card statements by how the ids go (`idsParam`) and whether visibility is checked. */
  private readonly cardTexts = new Map<string, string>();

  private cardStatement(viewerId: string, ids: readonly string[], visibleLive: boolean) {
    const listed = idsParam(ids, 2);
    const key = `${listed.sql}|${visibleLive}`;
    let text = this.cardTexts.get(key);
    if (!text) {
      text = `SELECT ${this.cardColumnsSql} FROM posts p WHERE p.id = ANY(${listed.sql})
      ${visibleLive ? this.visibleLiveSql : ''}`;
      this.cardTexts.set(key, text);
    }
    return { text, values: [viewerId, ...listed.values] };
  }

  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return findByIdsPrepared(this.dataSource, PostEntity, ids.filter(isUuid));
  }

  /**
   * The posts of a list page with their tags, mentioned people (body mentions, in order) and
   * whether the viewer likes each: one prepared statement where the nested fields took four.
   * Callers pass ids the viewer may see (the page's own query applied the policy).
   */
  cardRows(viewerId: string, ids: readonly string[]): Promise<PostCardRow[]> {
    if (!ids.length) return Promise.resolve([]);
    const { text, values } = this.cardStatement(viewerId, ids, false);
    return preparedQuery<PostCardRow>(this.dataSource, text, values);
  }

  /**
   * `cardRows` of the posts among `ids` that are not deleted and that the viewer may see (the
   * access policy's predicate, in the same statement): for ids found elsewhere, such as search
   * hits, where a separate visibility check cost a round trip.
   */
  visibleLiveCardRows(viewerId: string, ids: readonly string[]): Promise<PostCardRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    const { text, values } = this.cardStatement(viewerId, valid, true);
    return preparedQuery<PostCardRow>(this.dataSource, text, values);
  }

  /** Adds the insert of a new post (`newPost`) to a write. */
  addInsert(statement: OneStatement, post: PostEntity): void {
    const p = (value: unknown) => statement.param(value);
    statement.write(
      `INSERT INTO posts (id, author_id, board_user_id, community_id, audience, is_question, body,
                          body_html, created_at, updated_at)
       VALUES (${p(post.id)}::uuid, ${p(post.authorId)}::uuid, ${p(post.boardUserId)}::uuid,
               ${p(post.communityId)}::uuid, ${p(post.audience)}, ${p(post.isQuestion)}, ${p(post.body)},
               ${p(post.bodyHtml)}, ${p(post.createdAt)}::timestamptz, ${p(post.updatedAt)}::timestamptz)`,
    );
  }

  /** A post the viewer may see (deleted ones included, as tombstones), or null. */
  async findVisible(
    id: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PostEntity | null> {
    if (!isUuid(id)) return null;
    const rows = await manager
      .createQueryBuilder(PostEntity, 'p')
      .where('p.id = :id', { id })
      .andWhere(this.policy.visiblePostsSql('p', ':viewerId'), { viewerId })
      .getMany();
    return rows[0] ?? null;
  }

  /** Which of these post ids the viewer may see (for nested fields and re-checks). */
  async visibleIds(ids: readonly string[], viewerId: string): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    const rows = await preparedQuery<{ id: string }>(
      this.dataSource,
      `SELECT p.id FROM posts p WHERE p.id = ANY($1::uuid[]) AND ${this.policy.visiblePostsSql('p', '$2')}`,
      [valid, viewerId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Earlier texts of a post, oldest first (kept on edit and delete, for moderators). */
  async revisions(
    postId: string,
  ): Promise<{ body: string; createdAt: Date; editedById: string }[]> {
    const rows: { body: string; created_at: Date; edited_by: string }[] =
      await this.dataSource.query(
        `SELECT body, created_at, edited_by FROM post_revisions WHERE post_id = $1 ORDER BY id`,
        [postId],
      );
    return rows.map((r) => ({ body: r.body, createdAt: r.created_at, editedById: r.edited_by }));
  }

  /** A post by id with no visibility check (an idempotent write reads its own first result). */
  byId(manager: EntityManager, id: string): Promise<PostEntity | null> {
    return manager.findOneBy(PostEntity, { id });
  }

  /** Row-locks a post for a write (callers found it through `findVisible` first). */
  lockForUpdate(manager: EntityManager, id: string): Promise<PostEntity | null> {
    return manager.findOne(PostEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, post: PostEntity): Promise<PostEntity> {
    return manager.save(post);
  }

  /** Keeps the earlier text (on edit and delete), for moderators. */
  async addRevision(
    manager: EntityManager,
    revision: { postId: string; body: string; editedBy: string },
  ): Promise<void> {
    await manager.insert(PostRevisionEntity, revision);
  }

  async setPinnedAt(manager: EntityManager, postId: string, pinnedAt: Date | null): Promise<void> {
    await manager.update(PostEntity, { id: postId }, { pinnedAt });
  }

  /** The accepted answer was deleted: the question is open again. */
  async clearAccepted(manager: EntityManager, postId: string): Promise<void> {
    await manager.update(PostEntity, { id: postId }, { acceptedReplyId: null, answeredAt: null });
  }

  /** A community changed type: its posts' audience follows, in the same transaction. */
  async setCommunityAudience(
    manager: EntityManager,
    communityId: string,
    audience: 'public' | 'members',
  ): Promise<void> {
    await manager.query(`UPDATE posts SET audience = $2 WHERE community_id = $1`, [
      communityId,
      audience,
    ]);
  }

  /** Author and community of a live post (not deleted, not hidden), or null. */
  async liveFacts(postId: string): Promise<LivePostFacts | null> {
    // Prepared: every new post's "new posts" push reads it.
    const [row] = await preparedQuery<{ author_id: string; community_id: string | null }>(
      this.dataSource,
      `SELECT p.author_id, p.community_id FROM posts p
        WHERE p.id = $1 AND p.deleted_at IS NULL AND NOT ${this.policy.isHiddenSql('post', 'p.id')}`,
      [postId],
    );
    return row ? { authorId: row.author_id, communityId: row.community_id } : null;
  }

  /**
   * What routing needs about a question: null unless it is a live question (not deleted, not
   * hidden). `firstOtherReplyAt`: the first live reply by someone other than the asker.
   */
  async questionFacts(postId: string): Promise<QuestionFacts | null> {
    return (await this.questionsFacts([postId])).get(postId) ?? null;
  }

  /** `questionFacts` of many posts in one statement: only live questions are in the map. */
  async questionsFacts(postIds: string[]): Promise<Map<string, QuestionFacts>> {
    const rows: {
      id: string;
      author_id: string;
      community_id: string | null;
      body: string;
      created_at: Date;
      first_other_reply_at: Date | null;
      mentioned_ids: string[];
    }[] = await this.dataSource.query(
      `SELECT p.id, p.author_id, p.community_id, p.body, p.created_at,
              (SELECT min(r.created_at) FROM replies r
                WHERE r.post_id = p.id AND r.author_id <> p.author_id AND r.deleted_at IS NULL)
                AS first_other_reply_at,
              ARRAY(SELECT m.user_id FROM mentions m WHERE m.post_id = p.id AND m.reply_id IS NULL)
                AS mentioned_ids
         FROM posts p
        WHERE p.id = ANY($1::uuid[]) AND p.is_question AND p.deleted_at IS NULL
          AND NOT ${this.policy.isHiddenSql('post', 'p.id')}`,
      [postIds],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          authorId: row.author_id,
          communityId: row.community_id,
          body: row.body,
          createdAt: new Date(row.created_at),
          firstOtherReplyAt: row.first_other_reply_at ? new Date(row.first_other_reply_at) : null,
          mentionedIds: row.mentioned_ids,
        },
      ]),
    );
  }

  /**
   * Live questions asked since `since` that mention the person in the question itself, have no
   * accepted answer, and that the person never replied to: what waits on them.
   */
  async questionsWaitingOn(userId: string, since: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM mentions m JOIN posts p ON p.id = m.post_id
        WHERE m.user_id = $1 AND m.reply_id IS NULL AND m.post_created_at >= $2
          AND p.is_question AND p.accepted_reply_id IS NULL AND p.deleted_at IS NULL
          AND p.author_id <> $1
          AND NOT ${this.policy.isHiddenSql('post', 'p.id')}
          AND NOT EXISTS (SELECT 1 FROM replies r
                           WHERE r.post_id = p.id AND r.author_id = $1 AND r.deleted_at IS NULL)
        ORDER BY m.post_created_at DESC LIMIT $3`,
      [userId, since, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The author of a post, deleted or not. */
  async authorOf(postId: string): Promise<string | null> {
    const [row]: { author_id: string }[] = await this.dataSource.query(
      `SELECT author_id FROM posts WHERE id = $1`,
      [postId],
    );
    return row?.author_id ?? null;
  }

  /** Whether a live post (not deleted) exists that the viewer may see. */
  async isLiveAndVisible(postId: string, viewerId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM posts p
        WHERE p.id = $1 AND p.deleted_at IS NULL AND ${this.policy.visiblePostsSql('p', '$2')}`,
      [postId, viewerId],
    );
    return rows.length > 0;
  }
}
