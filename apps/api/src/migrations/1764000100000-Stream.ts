import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts, replies, mentions, hashtags, likes and follows. Post and reply times are kept to the
 * millisecond so keyset cursors (which carry milliseconds) match rows exactly.
 * Feeds are computed on read (see
 * docs/decisions/0001-feeds-fan-out-on-read.md); the indexes below serve those reads.
 * Minimal communities and memberships are created here because the access policy reads them;
 * the communities domain extends them.
 */
export class Stream1764000100000 implements MigrationInterface {
  name = 'Stream1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE communities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        type text NOT NULL DEFAULT 'open' CHECK (type IN ('open', 'moderated', 'restricted')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX communities_slug_lower_key ON communities (lower(slug))`);
    await q.query(`
      CREATE TABLE community_members (
        community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'owner')),
        state text NOT NULL DEFAULT 'member' CHECK (state IN ('member', 'requested', 'invited')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, user_id)
      )`);
    await q.query(`CREATE INDEX community_members_user_idx ON community_members (user_id, state)`);

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users (id),
        board_user_id uuid REFERENCES users (id),
        community_id uuid REFERENCES communities (id),
        audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members')),
        is_question boolean NOT NULL DEFAULT false,
        body text NOT NULL,
        body_html text NOT NULL,
        accepted_reply_id uuid,
        answered_at timestamptz,
        reply_count int NOT NULL DEFAULT 0,
        like_count int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CHECK (audience = 'public' OR community_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX posts_created_idx ON posts (created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_board_idx ON posts (board_user_id, created_at DESC, id DESC) WHERE board_user_id IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_community_idx ON posts (community_id, created_at DESC, id DESC) WHERE community_id IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_open_questions_idx ON posts (created_at DESC, id DESC) WHERE is_question AND deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE post_revisions (
        id bigserial PRIMARY KEY,
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        body text NOT NULL,
        edited_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX post_revisions_post_idx ON post_revisions (post_id, id)`);

    await q.query(`
      CREATE TABLE replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts (id),
        author_id uuid NOT NULL REFERENCES users (id),
        body text NOT NULL,
        body_html text NOT NULL,
        like_count int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX replies_post_idx ON replies (post_id, created_at, id)`);
    await q.query(`CREATE INDEX replies_author_idx ON replies (author_id, created_at DESC)`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_accepted_reply_fk FOREIGN KEY (accepted_reply_id) REFERENCES replies (id)`,
    );

    // One row per mentioned person per post (mentions in replies point at their post too).
    // post_created_at is copied so "posts mentioning X" is one index range scan.
    await q.query(`
      CREATE TABLE mentions (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        reply_id uuid REFERENCES replies (id) ON DELETE CASCADE,
        post_created_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX mentions_unique_idx ON mentions (post_id, user_id, coalesce(reply_id, '00000000-0000-0000-0000-000000000000'))`,
    );
    await q.query(
      `CREATE INDEX mentions_user_idx ON mentions (user_id, post_created_at DESC, post_id DESC) WHERE reply_id IS NULL`,
    );

    await q.query(`
      CREATE TABLE post_tags (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        tag text NOT NULL,
        post_created_at timestamptz NOT NULL,
        PRIMARY KEY (post_id, tag)
      )`);
    await q.query(
      `CREATE INDEX post_tags_tag_idx ON post_tags (tag, post_created_at DESC, post_id DESC)`,
    );
    await q.query(`CREATE INDEX post_tags_recent_idx ON post_tags (post_created_at DESC)`);

    await q.query(`
      CREATE TABLE likes (
        subject_type text NOT NULL CHECK (subject_type IN ('post', 'reply')),
        subject_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_type, subject_id, user_id)
      )`);
    await q.query(`CREATE INDEX likes_user_idx ON likes (user_id, subject_type, subject_id)`);

    await q.query(`
      CREATE TABLE follows (
        follower_id uuid NOT NULL REFERENCES users (id),
        followee_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (follower_id, followee_id),
        CHECK (follower_id <> followee_id)
      )`);
    await q.query(`CREATE INDEX follows_followee_idx ON follows (followee_id, follower_id)`);

    await q.query(`
      CREATE TABLE tag_follows (
        user_id uuid NOT NULL REFERENCES users (id),
        tag text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, tag)
      )`);
    await q.query(`CREATE INDEX tag_follows_tag_idx ON tag_follows (tag)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['tag_follows', 'follows', 'likes', 'post_tags', 'mentions'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_accepted_reply_fk`);
    for (const table of ['replies', 'post_revisions', 'posts', 'community_members', 'communities'])
      await q.query(`DROP TABLE ${table}`);
  }
}
