import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Bookmark } from '@outloud/bookmarks';
import { Community, CommunityRepository, toCommunityModel } from '@outloud/communities';
import { File, FileRepository, toFileModel } from '@outloud/files';
import { AccessPolicy } from '@outloud/server-core';
import { DataSource } from 'typeorm';

interface BookmarkRow {
  id: string;
  target_type: string;
  url: string | null;
  post_id: string | null;
  file_id: string | null;
  target_key: string;
  title: string;
  description: string;
  tags: string[];
  is_private: boolean;
  owner_id: string;
  created_at: Date;
}

/**
 * Re-reads file, bookmark and community hits from PostgreSQL through their own visibility rules
 * (AccessPolicy): whatever the index says, a hit the viewer may
 * not see now is dropped.
 */
@Injectable()
export class SearchTargetsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly files: FileRepository,
    private readonly communityRepository: CommunityRepository,
  ) {}

  async visibleFiles(ids: string[], viewerId: string): Promise<Map<string, File>> {
    if (!ids.length) return new Map();
    const rows = await this.files.findVisibleByIds(ids, viewerId);
    return new Map(rows.map((f) => [f.id, toFileModel(f)]));
  }

  async visibleBookmarks(ids: string[], viewerId: string): Promise<Map<string, Bookmark>> {
    if (!ids.length) return new Map();
    const rows: BookmarkRow[] = await this.dataSource.query(
      `SELECT b.id, b.target_type, b.url, b.post_id, b.file_id, b.target_key, b.title, b.description,
              b.tags, b.is_private, b.owner_id, b.created_at
         FROM bookmarks b
        WHERE b.id = ANY($1::uuid[]) AND ${this.policy.visibleBookmarksSql('b', '$2')}`,
      [ids, viewerId],
    );
    return new Map(rows.map((b) => [b.id, toBookmark(b)]));
  }

  /** Ids of the communities with these slugs that the viewer may see (`in:slug` in a query). */
  async visibleCommunityIdsBySlug(slugs: string[], viewerId: string): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows: { id: string; slug: string }[] = await this.dataSource.query(
      `SELECT c.id, lower(c.slug) AS slug FROM communities c
        WHERE lower(c.slug) = ANY($1::text[]) AND ${this.policy.visibleCommunitiesSql('c', '$2')}`,
      [slugs.map((s) => s.toLowerCase()), viewerId],
    );
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  async visibleCommunities(ids: string[], viewerId: string): Promise<Map<string, Community>> {
    if (!ids.length) return new Map();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM communities c
        WHERE c.id = ANY($1::uuid[]) AND ${this.policy.visibleCommunitiesSql('c', '$2')}`,
      [ids, viewerId],
    );
    const communities = await this.communityRepository.findByIds(rows.map((r) => r.id));
    return new Map(communities.map((c) => [c.id, toCommunityModel(c)]));
  }
}

/** The Bookmark GraphQL shape (its resolver adds owner, file and counts). */
function toBookmark(b: BookmarkRow): Bookmark {
  return {
    id: b.id,
    targetKind: b.target_type as Bookmark['targetKind'],
    url: b.url,
    postId: b.post_id,
    title: b.title,
    description: b.description,
    tags: b.tags,
    isPrivate: b.is_private,
    createdAt: new Date(b.created_at),
    ownerId: b.owner_id,
    fileId: b.file_id,
    targetKey: b.target_key,
  };
}
