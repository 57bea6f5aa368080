import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  createdAtCursor,
  isUuid,
  LikeableRepository,
  LikeChange,
  Page,
} from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { FileCommentEntity, FileEntity, FileVersionEntity } from './file.entity';

export type PopularBy = 'downloads' | 'likes';

/** A file comment with its file's owner and community. */
export interface FileCommentFacts {
  id: string;
  fileId: string;
  authorId: string;
  body: string;
  communityId: string | null;
  fileOwnerId: string;
}

export interface FileListFilter {
  ownerId?: string;
  communityId?: string;
  tag?: string;
}

/** The only place that queries files. Every read embeds the visibility predicate in its SQL. */
@Injectable()
export class FileRepository {
  private readonly likes: LikeableRepository;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {
    this.likes = new LikeableRepository(dataSource, {
      table: 'file_likes',
      subjectColumn: 'file_id',
      counted: { table: 'files', column: 'like_count' },
    });
  }

  /** A file by id with no visibility check (an idempotent upload reads its own first result). */
  byId(manager: EntityManager, id: string): Promise<FileEntity | null> {
    return manager.findOneBy(FileEntity, { id });
  }

  /** A file the viewer may see, else null (invisible and missing look alike). */
  async findVisible(
    id: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<FileEntity | null> {
    if (!isUuid(id)) return null;
    const qb = manager
      .createQueryBuilder(FileEntity, 'f')
      .where('f.id = :id', { id })
      .andWhere(this.policy.visibleFilesSql('f', ':viewerId'), { viewerId });
    if (lock) qb.setLock('pessimistic_write', undefined, ['f']);
    return qb.getOne();
  }

  /** Which of these file ids the viewer may see (for bookmarks and posts). */
  async visibleIds(ids: readonly string[], viewerId: string): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM files f WHERE f.id = ANY($1::uuid[]) AND ${this.policy.visibleFilesSql('f', '$2')}`,
      [valid, viewerId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async findVisibleByIds(ids: readonly string[], viewerId: string): Promise<FileEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(FileEntity, 'f')
      .where('f.id IN (:...ids)', { ids: valid })
      .andWhere(this.policy.visibleFilesSql('f', ':viewerId'), { viewerId })
      .getMany();
  }

  /** Newest first, keyset-paged by (created_at, id). */
  async list(
    viewerId: string,
    filter: FileListFilter,
    limit: number,
    after: string | null,
  ): Promise<Page<FileEntity>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(FileEntity, 'f')
      .where(this.policy.visibleFilesSql('f', ':viewerId'), { viewerId });
    if (filter.ownerId) qb.andWhere('f.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.communityId)
      qb.andWhere('f.community_id = :communityId', { communityId: filter.communityId });
    if (filter.tag) qb.andWhere(':tag = ANY(f.tags)', { tag: filter.tag });
    if (after) {
      const key = createdAtCursor.decode(after)!;
      qb.andWhere('(f.created_at, f.id) < (:createdAt::timestamptz, :afterId::uuid)', {
        createdAt: key.createdAt,
        afterId: key.id,
      });
    }
    const rows = await qb
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return createdAtCursor.page(rows, limit, (f) => f);
  }

  /** "Most downloaded" / "most liked": company-wide or in one community, visible files only. */
  popular(
    viewerId: string,
    by: PopularBy,
    limit: number,
    communityId?: string,
  ): Promise<FileEntity[]> {
    const column = by === 'likes' ? 'f.like_count' : 'f.download_count';
    const qb = this.dataSource.manager
      .createQueryBuilder(FileEntity, 'f')
      .where(this.policy.visibleFilesSql('f', ':viewerId'), { viewerId })
      .andWhere(`${column} > 0`);
    if (communityId) qb.andWhere('f.community_id = :communityId', { communityId });
    return qb.orderBy(column, 'DESC').addOrderBy('f.id', 'DESC').limit(limit).getMany();
  }

  versions(fileId: string): Promise<FileVersionEntity[]> {
    return this.dataSource.manager.find(FileVersionEntity, {
      where: { fileId },
      order: { version: 'DESC' },
    });
  }

  version(fileId: string, version: number): Promise<FileVersionEntity | null> {
    return this.dataSource.manager.findOneBy(FileVersionEntity, { fileId, version });
  }

  /** A comment the viewer may see, with its file's owner and community (read port for moderation). */
  async findVisibleComment(
    commentId: string,
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FileCommentFacts | null> {
    if (!isUuid(commentId)) return null;
    const [row]: FileCommentFacts[] = await manager.query(
      `SELECT c.id, c.file_id AS "fileId", c.author_id AS "authorId", c.body,
              f.community_id AS "communityId", f.owner_id AS "fileOwnerId"
         FROM file_comments c JOIN files f ON f.id = c.file_id
        WHERE c.id = $1 AND ${this.policy.visibleFileCommentsSql('c', 'f', '$2')}`,
      [commentId, viewerId],
    );
    return row ?? null;
  }

  /** Whether the viewer may see this comment (its file, and the comment unless hidden). */
  async isCommentVisible(
    commentId: string,
    viewerId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM file_comments c JOIN files f ON f.id = c.file_id
        WHERE c.id = $1 AND ${this.policy.visibleFileCommentsSql('c', 'f', '$2')}`,
      [commentId, viewerId],
    );
    return rows.length > 0;
  }

  /** Comments the viewer may see on a file they can see (hidden ones: author and moderators). */
  comments(fileId: string, viewerId: string, limit: number): Promise<FileCommentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(FileCommentEntity, 'c')
      .innerJoin(FileEntity, 'f', 'f.id = c.file_id')
      .where('c.file_id = :fileId', { fileId })
      .andWhere(this.policy.visibleFileCommentsSql('c', 'f', ':viewerId'), { viewerId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  likedBy(viewerId: string, fileIds: readonly string[]): Promise<Set<string>> {
    return this.likes.likedBy(viewerId, fileIds);
  }

  /** Visible files attached to each post, in attachment order. */
  async filesOfPosts(
    postIds: readonly string[],
    viewerId: string,
  ): Promise<Map<string, FileEntity[]>> {
    const result = new Map<string, FileEntity[]>();
    if (!postIds.length) return result;
    const rows: { post_id: string; file_id: string }[] = await this.dataSource.query(
      `SELECT pf.post_id, pf.file_id FROM post_files pf JOIN files f ON f.id = pf.file_id
        WHERE pf.post_id = ANY($1::uuid[]) AND ${this.policy.visibleFilesSql('f', '$2')}
        ORDER BY pf.post_id, pf.position`,
      [postIds, viewerId],
    );
    const files = new Map(
      (await this.findVisibleByIds([...new Set(rows.map((r) => r.file_id))], viewerId)).map((f) => [
        f.id,
        f,
      ]),
    );
    for (const row of rows) {
      const file = files.get(row.file_id);
      if (file) result.set(row.post_id, [...(result.get(row.post_id) ?? []), file]);
    }
    return result;
  }

  /** Bytes a person uses against the quota: every version they uploaded that still exists. */
  async usageOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: { used: string }[] = await manager.query(
      `SELECT coalesce(sum(size_bytes), 0)::bigint AS used FROM file_versions WHERE uploaded_by = $1`,
      [userId],
    );
    return Number(row.used);
  }

  /**
   * A transaction-scoped lock on a name (`file-blob:<hash>`, `file-quota:<person>`): publishing
   * and collecting one blob, or two uploads of one person, never interleave.
   */
  async lock(tx: EntityManager, name: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [name]);
  }

  /** Whether any file version still uses the blob. */
  async blobInUse(tx: EntityManager, sha256: string): Promise<boolean> {
    const [used] = await tx.query(`SELECT 1 FROM file_versions WHERE sha256 = $1 LIMIT 1`, [
      sha256,
    ]);
    return !!used;
  }

  async decrementCommentCount(tx: EntityManager, fileId: string): Promise<void> {
    await tx.query(`UPDATE files SET comment_count = comment_count - 1 WHERE id = $1`, [fileId]);
  }

  /** Likes or unlikes and moves the file's count; null when that was already so. */
  setLiked(
    tx: EntityManager,
    fileId: string,
    userId: string,
    liked: boolean,
  ): Promise<LikeChange | null> {
    return this.likes.set(tx, fileId, userId, liked);
  }

  /** The files a post links to, in this order (replacing those it had). */
  async replacePostFiles(tx: EntityManager, postId: string, fileIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM post_files WHERE post_id = $1`, [postId]);
    if (fileIds.length)
      await tx.query(
        `INSERT INTO post_files (post_id, file_id, position)
         SELECT $1, id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
        [postId, fileIds],
      );
  }

  /** Counts a download: total, and once per person for the distinct count. */
  async recordDownload(fileId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `WITH d AS (
         INSERT INTO file_downloaders (file_id, user_id) VALUES ($1, $2)
         ON CONFLICT (file_id, user_id)
           DO UPDATE SET downloads = file_downloaders.downloads + 1, last_at = now()
         RETURNING (xmax = 0) AS first_time)
       UPDATE files SET download_count = download_count + 1,
              downloader_count = downloader_count + (SELECT CASE WHEN first_time THEN 1 ELSE 0 END FROM d)
        WHERE id = $1`,
      [fileId, userId],
    );
  }

  /** How many files a person owns (the leaver handover shows it to admins). */
  async countOwnedBy(userId: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM files WHERE owner_id = $1`,
      [userId],
    );
    return row.n;
  }

  /**
   * Every file of `fromId` becomes `toId`'s: only the owner changes, so versions (and who
   * uploaded each), likes, comments and download counts stay as they were.
   */
  async transferOwner(tx: EntityManager, fromId: string, toId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE files SET owner_id = $2 WHERE owner_id = $1 RETURNING id`,
      [fromId, toId],
    );
    return rows.map((r) => r.id);
  }
}
