import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public files (versions, likes, comments, download counts, links from posts) and bookmarks.
 * Blobs live outside PostgreSQL, addressed by SHA-256; rows keep only the hash.
 */
export class FilesAndBookmarks1764000500000 implements MigrationInterface {
  name = 'FilesAndBookmarks1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id),
        community_id uuid REFERENCES communities (id) ON DELETE CASCADE,
        audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        tags text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        extracted_text text,
        like_count int NOT NULL DEFAULT 0,
        comment_count int NOT NULL DEFAULT 0,
        download_count int NOT NULL DEFAULT 0,
        downloader_count int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX files_owner_idx ON files (owner_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX files_community_idx ON files (community_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX files_created_idx ON files (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX files_downloads_idx ON files (download_count DESC, id DESC)`);
    await q.query(`CREATE INDEX files_likes_idx ON files (like_count DESC, id DESC)`);
    await q.query(`CREATE INDEX files_tags_idx ON files USING gin (tags)`);

    await q.query(`
      CREATE TABLE file_versions (
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        uploaded_by uuid NOT NULL REFERENCES users (id),
        name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (file_id, version)
      )`);
    // Garbage collection asks "does any version still use this blob?".
    await q.query(`CREATE INDEX file_versions_sha256_idx ON file_versions (sha256)`);

    await q.query(`
      CREATE TABLE file_likes (
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (file_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE file_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX file_comments_file_idx ON file_comments (file_id, created_at, id)`);
    // One row per person who downloaded a file: the distinct-downloaders count.
    await q.query(`
      CREATE TABLE file_downloaders (
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        downloads int NOT NULL DEFAULT 1,
        last_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (file_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE post_files (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (post_id, file_id)
      )`);
    await q.query(`CREATE INDEX post_files_file_idx ON post_files (file_id)`);

    await q.query(`
      CREATE TABLE bookmarks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id),
        target_type text NOT NULL CHECK (target_type IN ('url', 'post', 'file')),
        url text CHECK (url IS NULL OR char_length(url) <= 2048),
        post_id uuid REFERENCES posts (id) ON DELETE CASCADE,
        file_id uuid REFERENCES files (id) ON DELETE CASCADE,
        target_key text NOT NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        tags text[] NOT NULL DEFAULT '{}',
        is_private boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT bookmarks_target CHECK (
          (target_type = 'url' AND url IS NOT NULL AND post_id IS NULL AND file_id IS NULL) OR
          (target_type = 'post' AND post_id IS NOT NULL AND url IS NULL AND file_id IS NULL) OR
          (target_type = 'file' AND file_id IS NOT NULL AND url IS NULL AND post_id IS NULL)),
        CONSTRAINT bookmarks_once_per_owner UNIQUE (owner_id, target_key)
      )`);
    await q.query(
      `CREATE INDEX bookmarks_owner_idx ON bookmarks (owner_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX bookmarks_target_idx ON bookmarks (target_key)`);
    await q.query(`CREATE INDEX bookmarks_created_idx ON bookmarks (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX bookmarks_tags_idx ON bookmarks USING gin (tags)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'bookmarks',
      'post_files',
      'file_downloaders',
      'file_comments',
      'file_likes',
      'file_versions',
      'files',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
