import { OneStatement } from '@outloud/server-core';
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
  target: MentionTarget,
  people: MentionedPerson[],
): Promise<string[]> {
  const replyCond = target.replyId ? 'reply_id = $2' : 'reply_id IS NULL';
  const previous: { user_id: string }[] = await manager.query(
    `DELETE FROM mentions WHERE post_id = $1 AND ${replyCond} RETURNING user_id`,
    target.replyId ? [target.postId, target.replyId] : [target.postId],
  );
  const statement = new OneStatement();
  addMentions(statement, target, people);
  await statement.run(manager);
  const before = new Set(previous.map((r) => r.user_id));
  return people.filter((p) => !before.has(p.id)).map((p) => p.id);
}

export interface MentionTarget {
  postId: string;
  replyId: string | null;
  postCreatedAt: Date;
}

/**
 * Adds the mention rows of a post (or of one reply) to a write. A post or reply written just now
 * has no earlier mentions, so everyone in `people` is newly mentioned.
 */
export function addMentions(
  statement: OneStatement,
  target: MentionTarget,
  people: MentionedPerson[],
): void {
  if (!people.length) return;
  statement.write(
    `INSERT INTO mentions (post_id, user_id, reply_id, post_created_at)
     SELECT ${statement.param(target.postId)}::uuid, unnest(${statement.param(people.map((p) => p.id))}::uuid[]),
            ${statement.param(target.replyId)}::uuid, ${statement.param(target.postCreatedAt)}::timestamptz
     ON CONFLICT DO NOTHING`,
  );
}

export async function replaceTags(
  manager: EntityManager,
  postId: string,
  postCreatedAt: Date,
  tags: string[],
): Promise<void> {
  await manager.query(`DELETE FROM post_tags WHERE post_id = $1`, [postId]);
  const statement = new OneStatement();
  addTags(statement, postId, postCreatedAt, tags);
  await statement.run(manager);
}

/** Adds a post's hashtags to a write (a post written just now has none to replace). */
export function addTags(
  statement: OneStatement,
  postId: string,
  postCreatedAt: Date,
  tags: string[],
): void {
  if (!tags.length) return;
  statement.write(
    `INSERT INTO post_tags (post_id, tag, post_created_at)
     SELECT ${statement.param(postId)}::uuid, unnest(${statement.param(tags.slice(0, 30))}::text[]),
            ${statement.param(postCreatedAt)}::timestamptz
     ON CONFLICT DO NOTHING`,
  );
}
