import { audienceOfCommunity } from '@outloud/server-core';
import { Client } from 'pg';
import { z } from 'zod';
import raw from './data/communities.json';
import { createRng } from './prng';
import { Progress } from './progress';
import { parseSeedData, tag, text } from './seed-data';

/**
 * Demo communities of Northwind Ridge, of all three types, with owners, members, pending
 * requests and invitations; part of the seeded stream moves into them (posts whose tags match).
 * Runs after the stream seed, in the same transaction. Restricted communities' posts become
 * members-only, and everyone who posted or replied there is made a member. The communities
 * themselves are in data/communities.json.
 */

const communitySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug like "it-help"'),
  name: text,
  type: z.enum(['open', 'moderated', 'restricted']),
  /** Whose people own and join it; '*' for anyone. */
  department: text,
  /** Posts with these hashtags move into it (half of them). */
  tags: z.array(tag),
  description: text,
});

/** A community that was busy and went quiet: no posts in its last `quietDays` days. */
export const FADING_COMMUNITY = { slug: 'marketing-studio', quietDays: 40 } as const;

const COMMUNITIES = parseSeedData(
  'communities.json',
  z.strictObject({ communities: z.array(communitySchema).min(1) }),
  raw,
).communities;

export async function seedCommunities(
  client: Client,
): Promise<{ communities: number; memberships: number; posts: number }> {
  const rng = createRng(4_2024);
  const people: { id: string; department: string; expertise: string[] }[] = (
    await client.query(
      `SELECT id, department, expertise FROM users WHERE status = 'active' ORDER BY handle`,
    )
  ).rows;
  const progress = new Progress('communities', COMMUNITIES.length);
  let memberships = 0;
  let moved = 0;
  for (const [index, c] of COMMUNITIES.entries()) {
    const insiders = people.filter((p) => c.department === '*' || p.department === c.department);
    const experts = people.filter((p) => p.expertise.some((e) => c.tags.includes(e)));
    const owners = rng.pickMany(
      insiders.length ? insiders : people,
      c.type === 'restricted' ? 1 : 2,
    );
    const dormant = c.slug === 'old-office-move-2024';
    const { rows } = await client.query(
      `INSERT INTO communities (slug, name, description, tags, type, created_by, created_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7), now() - make_interval(days => $7))
       RETURNING id`,
      [c.slug, c.name, c.description, c.tags, c.type, owners[0].id, dormant ? 400 : 90 + index],
    );
    const communityId: string = rows[0].id;
    const size = c.type === 'restricted' ? rng.int(5, 12) : rng.int(12, 60);
    const pool = [...new Set([...owners, ...experts, ...insiders])];
    const members = [
      ...owners,
      ...rng.pickMany(
        pool.filter((p) => !owners.includes(p)),
        Math.min(size, Math.max(pool.length - owners.length, 0)),
      ),
    ];
    await client.query(
      `INSERT INTO community_members (community_id, user_id, role, state)
       SELECT $1, m.user_id, m.role, 'member' FROM unnest($2::uuid[], $3::text[]) AS m(user_id, role)
       ON CONFLICT DO NOTHING`,
      [
        communityId,
        members.map((p) => p.id),
        members.map((p) => (owners.includes(p) ? 'owner' : 'member')),
      ],
    );
    memberships += members.length;
    // A few people waiting: requests in moderated communities, invitations in restricted ones.
    if (c.type !== 'open') {
      const waiting = rng.pickMany(
        people.filter((p) => !members.includes(p)),
        2,
      );
      await client.query(
        `INSERT INTO community_members (community_id, user_id, role, state, invited_by)
         SELECT $1, unnest($2::uuid[]), 'member', $3, $4 ON CONFLICT DO NOTHING`,
        [
          communityId,
          waiting.map((p) => p.id),
          c.type === 'moderated' ? 'requested' : 'invited',
          c.type === 'moderated' ? null : owners[0].id,
        ],
      );
    }
    if (c.tags.length) {
      // Half of the posts on the community's topics move into it; the fading community only
      // takes threads that were quiet for weeks (no post, reply or like since), so its
      // activity stops then (the demo dashboard's story).
      const { rows: candidates } = await client.query(
        `SELECT DISTINCT p.id FROM posts p JOIN post_tags t ON t.post_id = p.id
          WHERE t.tag = ANY($1) AND p.community_id IS NULL AND p.board_user_id IS NULL
            AND greatest(p.created_at,
                  (SELECT max(r.created_at) FROM replies r WHERE r.post_id = p.id),
                  (SELECT max(l.created_at) FROM likes l
                    WHERE (l.subject_type = 'post' AND l.subject_id = p.id)
                       OR (l.subject_type = 'reply'
                           AND l.subject_id IN (SELECT r.id FROM replies r WHERE r.post_id = p.id))))
                < now() - make_interval(days => $2)
          ORDER BY p.id`,
        [c.tags, c.slug === FADING_COMMUNITY.slug ? FADING_COMMUNITY.quietDays : 0],
      );
      const chosen = candidates.filter(() => rng.chance(0.5)).map((r: { id: string }) => r.id);
      if (chosen.length) {
        await client.query(
          `UPDATE posts SET community_id = $1, audience = $2 WHERE id = ANY($3::uuid[])`,
          [communityId, audienceOfCommunity(c.type), chosen],
        );
        if (c.type !== 'open') {
          // Everyone who wrote there was a member when they did.
          await client.query(
            `INSERT INTO community_members (community_id, user_id, role, state)
             SELECT $1, w.id, 'member', 'member' FROM (
               SELECT author_id AS id FROM posts WHERE id = ANY($2::uuid[])
               UNION SELECT author_id FROM replies WHERE post_id = ANY($2::uuid[])) w
             ON CONFLICT (community_id, user_id) DO UPDATE SET state = 'member'`,
            [communityId, chosen],
          );
        }
        moved += chosen.length;
      }
    }
    await client.query(
      `UPDATE communities SET
         member_count = (SELECT count(*) FROM community_members WHERE community_id = $1 AND state = 'member'),
         last_activity_at = coalesce((SELECT max(created_at) FROM posts WHERE community_id = $1), last_activity_at)
       WHERE id = $1`,
      [communityId],
    );
    progress.update(index + 1);
  }
  progress.finish();
  return { communities: COMMUNITIES.length, memberships, posts: moved };
}
