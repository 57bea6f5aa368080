import { audienceOfCommunity, communityAudienceSql, isHiddenSql } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { SEARCH_DOCUMENT_TYPES, SearchDocument, SearchDocumentType } from '../search.types';

/** Which rows become documents of each type (a WHERE clause follows). */
const ID_SOURCES: Record<SearchDocumentType, string> = {
  post: 'posts WHERE deleted_at IS NULL',
  user: `users WHERE status = 'active'`,
  file: 'files WHERE true',
  bookmark: 'bookmarks WHERE true',
  community: 'communities WHERE true',
};
/**
 * Types whose rebuild goes oldest first, (created_at, id), through their created_at index: the
 * documents then lie in the index table in the order the product writes them day to day, and a
 * newest-first walk (search's "every word is common" path) reads neighbouring rows. Rebuilt in id
 * (random uuid) order, that walk read 7× slower at 1M posts. The rest are small; id order.
 */
const CHRONOLOGICAL = new Set<SearchDocumentType>(['post', 'file']);
import { detectLanguage } from './language';
import { clip, splitTitle } from './post-text';

interface PostRow {
  id: string;
  body: string;
  audience: 'public' | 'members';
  community_id: string | null;
  author_id: string;
  department: string | null;
  is_question: boolean;
  answered: boolean;
  reply_count: number;
  like_count: number;
  created_at: Date;
  answer: string | null;
  others: string | null;
  tags: string[];
}

interface FileRow {
  id: string;
  name: string;
  description: string;
  tags: string[];
  text: string | null;
  owner_id: string;
  department: string | null;
  community_id: string | null;
  audience: 'public' | 'members';
  like_count: number;
  comment_count: number;
  created_at: Date;
}

interface BookmarkRow {
  id: string;
  title: string;
  description: string;
  url: string | null;
  tags: string[];
  is_private: boolean;
  owner_id: string;
  department: string | null;
  target_audience: 'public' | 'members';
  target_community_id: string | null;
  created_at: Date;
}

interface CommunityRow {
  id: string;
  name: string;
  description: string;
  tags: string[];
  type: string;
  created_by: string | null;
  member_count: number;
  created_at: Date;
}

interface UserRow {
  id: string;
  handle: string;
  display_name: string;
  job_title: string | null;
  department: string | null;
  location: string | null;
  bio: string | null;
  expertise: string[];
  created_at: Date;
}

/**
 * Builds search documents from PostgreSQL, the source of truth. Every engine indexes what this
 * returns, so the outbox handlers, the reindex command and the relevance evaluation all share
 * one path. A post is one document with its replies folded in; deleted posts and deactivated
 * people produce none (callers remove them from the index). Content hidden by moderation
 * produces none either (nobody finds it by searching, its author included; they see it on their
 * board), and a hidden reply is not folded into its post; a hidden profile keeps only its name.
 */
export class SearchDocumentSource {
  constructor(private readonly dataSource: DataSource) {}

  async posts(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT p.id, p.body, p.audience, p.community_id, p.author_id, u.department, p.is_question,
              p.accepted_reply_id IS NOT NULL AS answered, p.reply_count, p.like_count, p.created_at,
              (SELECT r.body FROM replies r WHERE r.id = p.accepted_reply_id AND r.deleted_at IS NULL
                  AND NOT ${isHiddenSql('reply', 'r.id')}) AS answer,
              (SELECT string_agg(r.body, E'\\n' ORDER BY r.like_count DESC, r.created_at)
                 FROM replies r WHERE r.post_id = p.id AND r.deleted_at IS NULL
                  AND r.id IS DISTINCT FROM p.accepted_reply_id
                  AND NOT ${isHiddenSql('reply', 'r.id')}) AS others,
              coalesce((SELECT array_agg(t.tag ORDER BY t.tag) FROM post_tags t WHERE t.post_id = p.id), '{}') AS tags
         FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND NOT ${isHiddenSql('post', 'p.id')}`,
      [ids],
    );
    return rows.map(toPostDocument);
  }

  async users(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.handle, u.display_name, u.created_at,
              CASE WHEN h.hidden THEN NULL ELSE u.job_title END AS job_title,
              CASE WHEN h.hidden THEN NULL ELSE u.department END AS department,
              CASE WHEN h.hidden THEN NULL ELSE u.location END AS location,
              CASE WHEN h.hidden THEN NULL ELSE u.bio END AS bio,
              CASE WHEN h.hidden THEN '{}' ELSE u.expertise END AS expertise
         FROM users u CROSS JOIN LATERAL (SELECT ${isHiddenSql('profile', 'u.id')} AS hidden) h
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active'`,
      [ids],
    );
    return rows.map(toUserDocument);
  }

  /**
   * Files with their name, description, tags and extracted text; the audience follows the
   * community's current type (as the access policy's file rule).
   */
  async files(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: FileRow[] = await this.dataSource.query(
      `SELECT f.id, f.name, f.description, f.tags, f.extracted_text AS text, f.owner_id, u.department,
              f.community_id, ${communityAudienceSql('c.type')} AS audience, f.like_count,
              f.comment_count, f.created_at
         FROM files f JOIN users u ON u.id = f.owner_id LEFT JOIN communities c ON c.id = f.community_id
        WHERE f.id = ANY($1::uuid[]) AND NOT ${isHiddenSql('file', 'f.id')}`,
      [ids],
    );
    return rows.map(toFileDocument);
  }

  /**
   * Bookmarks take the audience of what they point at (a saved members-only post or file is
   * members-only too); private ones are for their owner only.
   */
  async bookmarks(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: BookmarkRow[] = await this.dataSource.query(
      `SELECT b.id, b.title, b.description, b.url, b.tags, b.is_private, b.owner_id, u.department,
              CASE WHEN b.target_type = 'post' THEN p.audience
                   WHEN b.target_type = 'file' THEN ${communityAudienceSql('c.type')}
                   ELSE 'public' END AS target_audience,
              CASE WHEN b.target_type = 'post' THEN p.community_id
                   WHEN b.target_type = 'file' THEN f.community_id END AS target_community_id,
              b.created_at
         FROM bookmarks b JOIN users u ON u.id = b.owner_id
         LEFT JOIN posts p ON p.id = b.post_id
         LEFT JOIN files f ON f.id = b.file_id
         LEFT JOIN communities c ON c.id = f.community_id
        WHERE b.id = ANY($1::uuid[]) AND (b.target_type <> 'post' OR p.deleted_at IS NULL)
          AND NOT ${isHiddenSql('bookmark', 'b.id')}
          AND (b.post_id IS NULL OR NOT ${isHiddenSql('post', 'b.post_id')})
          AND (b.file_id IS NULL OR NOT ${isHiddenSql('file', 'b.file_id')})`,
      [ids],
    );
    return rows.map(toBookmarkDocument);
  }

  async communities(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: CommunityRow[] = await this.dataSource.query(
      `SELECT id, name, description, tags, type, created_by, member_count, created_at
         FROM communities WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toCommunityDocument);
  }

  /** Ids after `afterId` in rebuild order (`CHRONOLOGICAL`, else id), for batched reindexing. */
  async idsAfter(
    type: SearchDocumentType,
    afterId: string | null,
    limit: number,
  ): Promise<string[]> {
    const source = ID_SOURCES[type];
    const table = source.split(' ')[0];
    const sql = CHRONOLOGICAL.has(type)
      ? `SELECT id FROM ${source} AND ($1::uuid IS NULL OR (created_at, id) >
           (SELECT created_at, id FROM ${table} WHERE id = $1)) ORDER BY created_at, id LIMIT $2`
      : `SELECT id FROM ${source} AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`;
    const rows: { id: string }[] = await this.dataSource.query(sql, [afterId, limit]);
    return rows.map((r) => r.id);
  }

  /** Files and bookmarks whose audience follows a community's type. */
  async idsInCommunity(communityId: string): Promise<{ files: string[]; bookmarks: string[] }> {
    const [row]: { files: string[]; bookmarks: string[] }[] = await this.dataSource.query(
      `SELECT coalesce((SELECT array_agg(id) FROM files WHERE community_id = $1), '{}') AS files,
              coalesce((SELECT array_agg(b.id) FROM bookmarks b
                         LEFT JOIN posts p ON p.id = b.post_id LEFT JOIN files f ON f.id = b.file_id
                        WHERE p.community_id = $1 OR f.community_id = $1), '{}') AS bookmarks`,
      [communityId],
    );
    return row;
  }

  /** Bookmarks of a post or file, whose audience follows it. */
  async bookmarkIdsOf(target: { postId?: string; fileId?: string }): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM bookmarks WHERE post_id = $1 OR file_id = $2`,
      [target.postId ?? null, target.fileId ?? null],
    );
    return rows.map((r) => r.id);
  }

  async postIdsInCommunity(communityId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM posts WHERE community_id = $1 AND deleted_at IS NULL`,
      [communityId],
    );
    return rows.map((r) => r.id);
  }

  async postIdsByAuthor(authorId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM posts WHERE author_id = $1 AND deleted_at IS NULL`,
      [authorId],
    );
    return rows.map((r) => r.id);
  }

  /** Documents a full reindex will write, per type (for the progress bar). */
  async counts(): Promise<Record<SearchDocumentType, number> & { total: number }> {
    const [row]: Record<SearchDocumentType, number>[] = await this.dataSource.query(
      `SELECT ${SEARCH_DOCUMENT_TYPES.map((t) => `(SELECT count(*)::int FROM ${ID_SOURCES[t]}) AS ${t}`).join(', ')}`,
    );
    return { ...row, total: SEARCH_DOCUMENT_TYPES.reduce((n, t) => n + row[t], 0) };
  }
}

export function toPostDocument(row: PostRow): SearchDocument {
  const { title, body } = splitTitle(row.body);
  const answer = clip(row.answer ?? '');
  const extra = clip(row.others ?? '');
  return {
    id: row.id,
    type: 'post',
    title,
    body,
    answer,
    extra,
    tags: row.tags,
    // The question decides the language; replies usually follow it.
    language: detectLanguage(`${title}\n${body}`),
    audience: row.audience,
    communityId: row.community_id,
    ownerOnly: false,
    authorId: row.author_id,
    authorDepartment: row.department,
    isQuestion: row.is_question,
    hasAcceptedAnswer: row.answered,
    replyCount: row.reply_count,
    likeCount: row.like_count,
    createdAt: new Date(row.created_at),
  };
}

export function toUserDocument(row: UserRow): SearchDocument {
  const about = [row.job_title, row.department, row.location, ...row.expertise].filter(Boolean);
  return {
    id: row.id,
    type: 'user',
    title: row.display_name,
    body: `${row.handle} ${about.join(' ')}`.trim(),
    answer: '',
    extra: clip(row.bio ?? ''),
    tags: [],
    language: detectLanguage(row.bio ?? ''),
    audience: 'public',
    communityId: null,
    ownerOnly: false,
    authorId: row.id,
    authorDepartment: row.department,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: 0,
    likeCount: 0,
    createdAt: new Date(row.created_at),
  };
}

export function toFileDocument(row: FileRow): SearchDocument {
  const text = clip(row.text ?? '');
  return {
    id: row.id,
    type: 'file',
    title: row.name,
    body: row.description,
    answer: '',
    // The extracted text is long and unedited: it counts like replies, under name and description.
    extra: text,
    tags: row.tags,
    language: detectLanguage(`${row.name}\n${row.description}\n${text.slice(0, 2000)}`),
    audience: row.audience,
    communityId: row.community_id,
    ownerOnly: false,
    authorId: row.owner_id,
    authorDepartment: row.department,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: row.comment_count,
    likeCount: row.like_count,
    createdAt: new Date(row.created_at),
  };
}

export function toBookmarkDocument(row: BookmarkRow): SearchDocument {
  return {
    id: row.id,
    type: 'bookmark',
    title: row.title,
    body: [row.description, row.url].filter(Boolean).join('\n'),
    answer: '',
    extra: '',
    tags: row.tags,
    language: detectLanguage(`${row.title}\n${row.description}`),
    audience: row.target_audience,
    communityId: row.target_community_id,
    ownerOnly: row.is_private,
    authorId: row.owner_id,
    authorDepartment: row.department,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: 0,
    likeCount: 0,
    createdAt: new Date(row.created_at),
  };
}

export function toCommunityDocument(row: CommunityRow): SearchDocument {
  return {
    id: row.id,
    type: 'community',
    title: row.name,
    body: row.description,
    answer: '',
    extra: '',
    tags: row.tags,
    language: detectLanguage(`${row.name}\n${row.description}`),
    // A restricted community is listed only to its members and invitees (listedCommunityIds).
    audience: audienceOfCommunity(row.type),
    communityId: row.id,
    ownerOnly: false,
    authorId: row.created_by,
    authorDepartment: null,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: 0,
    likeCount: row.member_count,
    createdAt: new Date(row.created_at),
  };
}
