import { Injectable } from '@nestjs/common';
import { NotificationCard } from '@outloud/contracts';
import { UserRepository } from '@outloud/identity';
import { excerpt } from '@outloud/stream';
import { ActorRow, NotificationRow } from './notification.repository';

/**
 * What a card quotes: the reply for replies and mentions in a reply (what was said to the person),
 * the post for the rest (an accepted answer or a like is about the post).
 */
const QUOTES_THE_REPLY = new Set<string>(['REPLY_TO_MY_POST', 'REPLY_IN_THREAD', 'MENTIONED']);

function quotedText(row: NotificationRow): string | null {
  return QUOTES_THE_REPLY.has(row.type) && row.reply_body ? row.reply_body : row.post_body;
}

/** Actors shown by name on a card; the rest are "and N others". */
const NAMED_ACTORS = 3;

/**
 * Turns rows (already visibility-checked by the repository) into the card data both GraphQL and
 * the socket payload carry: ids, a short plain-text excerpt, the first few actors.
 */
@Injectable()
export class NotificationCards {
  constructor(private readonly users: UserRepository) {}

  async build(rows: NotificationRow[], replaces = new Map<string, string>()) {
    const actorIds = [
      ...new Set(rows.flatMap((r) => (r.actors ? [] : r.actor_ids.slice(0, NAMED_ACTORS)))),
    ];
    const people: ActorRow[] = [
      ...rows.flatMap((r) => r.actors ?? []),
      ...(await this.users.names(actorIds)),
    ];
    const byId = new Map(people.map((p) => [p.id, p]));
    // A post's mentions and a thread's replies reach many people in one batch: each distinct
    // text is rendered once (an excerpt costs a Markdown render).
    const excerpts = new Map<string, string>();
    const excerptOf = (row: NotificationRow): string | null => {
      const text = quotedText(row);
      if (text === null) return null;
      let short = excerpts.get(text);
      if (short === undefined) excerpts.set(text, (short = excerpt(text, 140)));
      return short;
    };
    return rows.map((row): NotificationCard => ({
      id: row.id,
      type: row.type,
      createdAt: new Date(row.created_at).toISOString(),
      postId: row.post_id,
      replyId: row.reply_id,
      excerpt: excerptOf(row),
      actors: row.actor_ids.slice(0, NAMED_ACTORS).flatMap((id) => {
        const p = byId.get(id);
        return p ? [{ id: p.id, handle: p.handle, displayName: p.display_name }] : [];
      }),
      actorCount: row.actor_ids.length,
      replacesId: replaces.get(row.id) ?? null,
      moderation: row.details && !('postIds' in row.details) ? row.details : null,
      questionCount: row.details && 'postIds' in row.details ? row.details.postIds.length : null,
    }));
  }
}
