import { EntityManager } from 'typeorm';

export interface MentionedPerson {
  id: string;
  handle: string;
  active: boolean;
}

/** Resolves lower-cased handles to existing people; unknown handles simply stay text. */
export async function resolveHandles(
  manager: EntityManager,
  handles: string[],
): Promise<MentionedPerson[]> {
  if (!handles.length) return [];
  const rows: { id: string; handle: string; status: string }[] = await manager.query(
    `SELECT id, lower(handle) AS handle, status FROM users WHERE lower(handle) = ANY($1::text[])`,
    [handles.slice(0, 50)],
  );
  return rows.map((r) => ({ id: r.id, handle: r.handle, active: r.status === 'active' }));
}

/** Replaces the mention rows of a post (or of one reply) and returns who was newly mentioned. */
export async function replaceMentions(
  manager: EntityManager,
  target: { postId: string; replyId: string | null; postCreatedAt: Date },
  people: MentionedPerson[],
  /** A post or reply written just now has no earlier mentions to replace. */
  options: { fresh?: boolean } = {},
): Promise<string[]> {
  const replyCond = target.replyId ? 'reply_id = $2' : 'reply_id IS NULL';
  const previous: { user_id: string }[] = options.fresh
    ? []
    : await manager.query(
        `DELETE FROM mentions WHERE post_id = $1 AND ${replyCond} RETURNING user_id`,
        target.replyId ? [target.postId, target.replyId] : [target.postId],
      );
  if (people.length) {
    await manager.query(
      `INSERT INTO mentions (post_id, user_id, reply_id, post_created_at)
       SELECT $1, unnest($2::uuid[]), $3, $4 ON CONFLICT DO NOTHING`,
      [target.postId, people.map((p) => p.id), target.replyId, target.postCreatedAt],
    );
  }
  const before = new Set(previous.map((r) => r.user_id));
  return people.filter((p) => !before.has(p.id)).map((p) => p.id);
}

export async function replaceTags(
  manager: EntityManager,
  postId: string,
  postCreatedAt: Date,
  tags: string[],
  /** A post written just now has no earlier tags to replace. */
  options: { fresh?: boolean } = {},
): Promise<void> {
  if (!options.fresh) await manager.query(`DELETE FROM post_tags WHERE post_id = $1`, [postId]);
  if (tags.length) {
    await manager.query(
      `INSERT INTO post_tags (post_id, tag, post_created_at) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`,
      [postId, tags.slice(0, 30), postCreatedAt],
    );
  }
}
