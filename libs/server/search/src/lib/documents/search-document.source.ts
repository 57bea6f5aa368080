import { DataSource } from 'typeorm';
import { SearchDocument } from '../search.types';
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
 * people produce none (callers remove them from the index).
 */
export class SearchDocumentSource {
  constructor(private readonly dataSource: DataSource) {}

  async posts(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT p.id, p.body, p.audience, p.community_id, p.author_id, u.department, p.is_question,
              p.accepted_reply_id IS NOT NULL AS answered, p.reply_count, p.like_count, p.created_at,
              (SELECT r.body FROM replies r WHERE r.id = p.accepted_reply_id AND r.deleted_at IS NULL) AS answer,
              (SELECT string_agg(r.body, E'\\n' ORDER BY r.like_count DESC, r.created_at)
                 FROM replies r WHERE r.post_id = p.id AND r.deleted_at IS NULL
                  AND r.id IS DISTINCT FROM p.accepted_reply_id) AS others,
              coalesce((SELECT array_agg(t.tag ORDER BY t.tag) FROM post_tags t WHERE t.post_id = p.id), '{}') AS tags
         FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL`,
      [ids],
    );
    return rows.map(toPostDocument);
  }

  async users(ids: readonly string[]): Promise<SearchDocument[]> {
    if (!ids.length) return [];
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT id, handle, display_name, job_title, department, location, bio, expertise, created_at
         FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids],
    );
    return rows.map(toUserDocument);
  }

  /** Post ids in id order after `afterId`, for batched reindexing. */
  async postIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM posts WHERE deleted_at IS NULL AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async userIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users WHERE status = 'active' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [afterId, limit],
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

  async counts(): Promise<{ posts: number; users: number }> {
    const [row]: { posts: number; users: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM posts WHERE deleted_at IS NULL) AS posts,
              (SELECT count(*)::int FROM users WHERE status = 'active') AS users`,
    );
    return row;
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
    authorId: row.id,
    authorDepartment: row.department,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: 0,
    likeCount: 0,
    createdAt: new Date(row.created_at),
  };
}
