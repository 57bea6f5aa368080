import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { UserRole } from '@outloud/contracts';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { EntityManager } from 'typeorm';
import { AccessPolicy } from '../lib/access/access-policy';
import {
  audienceOfCommunity,
  CommunityType,
  decideAccess,
  Membership,
} from '../lib/access/access-rules';

/**
 * The SQL predicates against the rules table, on random small worlds (people with roles,
 * communities of every type, memberships in every state, posts, replies, files, file comments
 * and bookmarks of every kind, any of them hidden by moderation): for each person, each predicate must return exactly what the table decides, row by row.
 * Each world lives in a transaction that is rolled back.
 */

interface World {
  people: { id: string; role: UserRole; hidden: boolean }[];
  communities: { id: string; type: CommunityType }[];
  memberships: { communityId: string; userId: string; m: Membership }[];
  posts: {
    id: string;
    authorId: string;
    communityId: string | null;
    deleted: boolean;
    hidden: boolean;
  }[];
  replies: { id: string; postId: string; authorId: string; hidden: boolean }[];
  files: { id: string; ownerId: string; communityId: string | null; hidden: boolean }[];
  fileComments: { id: string; fileId: string; authorId: string; hidden: boolean }[];
  bookmarks: {
    id: string;
    ownerId: string;
    isPrivate: boolean;
    hidden: boolean;
    target: { kind: 'url' } | { kind: 'post'; id: string } | { kind: 'file'; id: string };
  }[];
}

const PEOPLE = 4;

const worldArb: fc.Arbitrary<World> = fc
  .record({
    roles: fc.array(fc.constantFrom(UserRole.MEMBER, UserRole.MODERATOR, UserRole.ADMIN), {
      minLength: PEOPLE,
      maxLength: PEOPLE,
    }),
    types: fc.array(fc.constantFrom<CommunityType>('open', 'moderated', 'restricted'), {
      maxLength: 3,
    }),
    // For each person × community: none, or a state and a role.
    rows: fc.array(
      fc.option(
        fc.record({
          state: fc.constantFrom('member' as const, 'requested' as const, 'invited' as const),
          role: fc.constantFrom('member' as const, 'owner' as const),
        }),
      ),
      { minLength: PEOPLE * 3, maxLength: PEOPLE * 3 },
    ),
    hiddenPeople: fc.array(fc.boolean(), { minLength: PEOPLE, maxLength: PEOPLE }),
    posts: fc.array(
      fc.record({
        author: fc.nat(PEOPLE - 1),
        community: fc.nat(3),
        deleted: fc.boolean(),
        hidden: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    replies: fc.array(
      fc.record({ author: fc.nat(PEOPLE - 1), index: fc.nat(5), hidden: fc.boolean() }),
      { maxLength: 5 },
    ),
    files: fc.array(
      fc.record({ owner: fc.nat(PEOPLE - 1), community: fc.nat(3), hidden: fc.boolean() }),
      { maxLength: 4 },
    ),
    fileComments: fc.array(
      fc.record({ author: fc.nat(PEOPLE - 1), index: fc.nat(3), hidden: fc.boolean() }),
      { maxLength: 4 },
    ),
    bookmarks: fc.array(
      fc.record({
        owner: fc.nat(PEOPLE - 1),
        isPrivate: fc.boolean(),
        hidden: fc.boolean(),
        kind: fc.constantFrom('url' as const, 'post' as const, 'file' as const),
        index: fc.nat(5),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r) => {
    const people = r.roles.map((role, i) => ({
      id: randomUUID(),
      role,
      hidden: r.hiddenPeople[i],
    }));
    const communities = r.types.map((type) => ({ id: randomUUID(), type }));
    // Community index `communities.length` (or more) means "no community".
    const communityOf = (i: number) => communities[i]?.id ?? null;
    const memberships = people.flatMap((p, pi) =>
      communities.flatMap((c, ci) => {
        const m = r.rows[pi * 3 + ci];
        return m ? [{ communityId: c.id, userId: p.id, m }] : [];
      }),
    );
    const posts = r.posts.map((p) => ({
      id: randomUUID(),
      authorId: people[p.author].id,
      communityId: communityOf(p.community),
      deleted: p.deleted,
      hidden: p.hidden,
    }));
    const replies = posts.length
      ? r.replies.map((x) => ({
          id: randomUUID(),
          postId: posts[x.index % posts.length].id,
          authorId: people[x.author].id,
          hidden: x.hidden,
        }))
      : [];
    const files = r.files.map((f) => ({
      id: randomUUID(),
      ownerId: people[f.owner].id,
      communityId: communityOf(f.community),
      hidden: f.hidden,
    }));
    const fileComments = files.length
      ? r.fileComments.map((x) => ({
          id: randomUUID(),
          fileId: files[x.index % files.length].id,
          authorId: people[x.author].id,
          hidden: x.hidden,
        }))
      : [];
    const seen = new Set<string>();
    const bookmarks = r.bookmarks.flatMap((b) => {
      const pool = b.kind === 'post' ? posts : b.kind === 'file' ? files : null;
      const target =
        pool === null
          ? { kind: 'url' as const }
          : pool.length
            ? { kind: b.kind as 'post' | 'file', id: pool[b.index % pool.length].id }
            : null;
      if (!target) return [];
      const key = `${b.owner}:${target.kind}:${'id' in target ? target.id : b.index}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          id: randomUUID(),
          ownerId: people[b.owner].id,
          isPrivate: b.isPrivate,
          hidden: b.hidden,
          target,
        },
      ];
    });
    return { people, communities, memberships, posts, replies, files, fileComments, bookmarks };
  });

async function insertWorld(tx: EntityManager, w: World): Promise<void> {
  for (const [i, p] of w.people.entries())
    await tx.query(
      `INSERT INTO users (id, handle, display_name, email, password_hash, role)
       VALUES ($1, $2, $2, $2 || '@corp.example', 'x', $3)`,
      [p.id, `acl${i}${p.id.slice(0, 6)}`, p.role],
    );
  for (const c of w.communities)
    await tx.query(`INSERT INTO communities (id, name, slug, type) VALUES ($1, $2, $2, $3)`, [
      c.id,
      `c${c.id.slice(0, 8)}`,
      c.type,
    ]);
  for (const r of w.memberships)
    await tx.query(
      `INSERT INTO community_members (community_id, user_id, state, role) VALUES ($1, $2, $3, $4)`,
      [r.communityId, r.userId, r.m.state, r.m.role],
    );
  const typeOf = (id: string | null) => w.communities.find((c) => c.id === id)?.type ?? null;
  for (const p of w.posts)
    await tx.query(
      `INSERT INTO posts (id, author_id, community_id, audience, body, body_html, deleted_at)
       VALUES ($1, $2, $3, $4, 'b', 'b', CASE WHEN $5 THEN now() END)`,
      [p.id, p.authorId, p.communityId, audienceOfCommunity(typeOf(p.communityId)), p.deleted],
    );
  for (const f of w.files)
    await tx.query(
      `INSERT INTO files (id, owner_id, community_id, audience, name, mime_type, size_bytes, sha256)
       VALUES ($1, $2, $3, $4, 'f', 'text/plain', 1, repeat('a', 64))`,
      [f.id, f.ownerId, f.communityId, audienceOfCommunity(typeOf(f.communityId))],
    );
  for (const r of w.replies)
    await tx.query(
      `INSERT INTO replies (id, post_id, author_id, body, body_html) VALUES ($1, $2, $3, 'r', 'r')`,
      [r.id, r.postId, r.authorId],
    );
  for (const c of w.fileComments)
    await tx.query(
      `INSERT INTO file_comments (id, file_id, author_id, body) VALUES ($1, $2, $3, 'c')`,
      [c.id, c.fileId, c.authorId],
    );
  const hidden = [
    ...w.people.filter((x) => x.hidden).map((x) => ['profile', x.id, x.id]),
    ...w.posts.filter((x) => x.hidden).map((x) => ['post', x.id, x.authorId]),
    ...w.replies.filter((x) => x.hidden).map((x) => ['reply', x.id, x.authorId]),
    ...w.files.filter((x) => x.hidden).map((x) => ['file', x.id, x.ownerId]),
    ...w.fileComments.filter((x) => x.hidden).map((x) => ['file_comment', x.id, x.authorId]),
    ...w.bookmarks.filter((x) => x.hidden).map((x) => ['bookmark', x.id, x.ownerId]),
  ];
  for (const [type, id, authorId] of hidden)
    await tx.query(
      `INSERT INTO moderation_items (target_type, target_id, author_id, state, hidden_at)
       VALUES ($1, $2, $3, 'hidden', now())`,
      [type, id, authorId],
    );
  for (const [i, b] of w.bookmarks.entries()) {
    const t = b.target;
    await tx.query(
      `INSERT INTO bookmarks (id, owner_id, target_type, url, post_id, file_id, target_key, title, is_private)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 't', $8)`,
      [
        b.id,
        b.ownerId,
        t.kind,
        t.kind === 'url' ? `https://example.com/${i}` : null,
        t.kind === 'post' ? t.id : null,
        t.kind === 'file' ? t.id : null,
        t.kind === 'url' ? `url:${i}` : `${t.kind}:${t.id}`,
        b.isPrivate,
      ],
    );
  }
}

/** What the rules table says each person may see in a world. */
function expected(w: World, viewer: World['people'][number]) {
  const membership = (communityId: string | null) =>
    w.memberships.find((r) => r.communityId === communityId && r.userId === viewer.id)?.m ?? null;
  const typeOf = (id: string | null) => w.communities.find((c) => c.id === id)?.type ?? null;
  const seesPost = (p: World['posts'][number]) =>
    decideAccess(
      viewer,
      'post.read',
      {
        communityId: p.communityId,
        audience: audienceOfCommunity(typeOf(p.communityId)),
        ownerId: p.authorId,
        hidden: p.hidden,
      },
      membership(p.communityId),
    );
  const seesReply = (r: World['replies'][number]) => {
    const p = w.posts.find((x) => x.id === r.postId)!;
    return (
      seesPost(p) &&
      decideAccess(
        viewer,
        'reply.read',
        {
          communityId: p.communityId,
          audience: audienceOfCommunity(typeOf(p.communityId)),
          ownerId: r.authorId,
          hidden: r.hidden,
        },
        membership(p.communityId),
      )
    );
  };
  const seesFile = (f: World['files'][number]) =>
    decideAccess(
      viewer,
      'file.read',
      {
        communityId: f.communityId,
        communityType: typeOf(f.communityId),
        ownerId: f.ownerId,
        hidden: f.hidden,
      },
      membership(f.communityId),
    );
  const seesComment = (c: World['fileComments'][number]) => {
    const f = w.files.find((x) => x.id === c.fileId)!;
    return (
      seesFile(f) &&
      decideAccess(
        viewer,
        'fileComment.read',
        {
          communityId: f.communityId,
          communityType: typeOf(f.communityId),
          ownerId: c.authorId,
          hidden: c.hidden,
        },
        membership(f.communityId),
      )
    );
  };
  const moderator = viewer.role === UserRole.MODERATOR || viewer.role === UserRole.ADMIN;
  const seesCommunity = (c: World['communities'][number]) =>
    decideAccess(
      viewer,
      'community.read',
      { communityId: c.id, communityType: c.type },
      membership(c.id),
    );
  const member = (c: World['communities'][number]) => membership(c.id)?.state === 'member';
  const restricted = w.communities.filter((c) => c.type === 'restricted');
  return {
    posts: w.posts.filter(seesPost).map((p) => p.id),
    replies: w.replies.filter(seesReply).map((r) => r.id),
    fileComments: w.fileComments.filter(seesComment).map((c) => c.id),
    profiles: w.people
      .filter((p) =>
        decideAccess(viewer, 'profile.readDetails', { ownerId: p.id, hidden: p.hidden }, null),
      )
      .map((p) => p.id),
    communities: w.communities.filter(seesCommunity).map((c) => c.id),
    files: w.files.filter(seesFile).map((f) => f.id),
    bookmarks: w.bookmarks
      .filter((b) => {
        if (b.isPrivate && b.ownerId !== viewer.id) return false;
        // A hidden bookmark: its owner and site moderators (bookmarks live in no community).
        if (b.hidden && b.ownerId !== viewer.id && !moderator) return false;
        const t = b.target;
        if (t.kind === 'url') return true;
        if (t.kind === 'post') {
          const post = w.posts.find((p) => p.id === t.id)!;
          return !post.deleted && seesPost(post);
        }
        return seesFile(w.files.find((f) => f.id === t.id)!);
      })
      .map((b) => b.id),
    memberOf: w.communities.filter(member).map((c) => c.id),
    searchVisible: restricted.filter(member).map((c) => c.id),
    searchListed: restricted.filter(seesCommunity).map((c) => c.id),
  };
}

const sorted = (ids: string[] | null) => [...(ids ?? [])].sort();

let t: TestApp;
let policy: AccessPolicy;

beforeAll(async () => {
  t = await createTestApp({ imports: [], graphql: false });
  policy = t.app.get(AccessPolicy);
});
afterAll(() => t?.close());

describe('access policy in SQL', () => {
  it('shows each person exactly what the rules table allows, on random worlds', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        const runner = t.dataSource.createQueryRunner();
        await runner.startTransaction();
        try {
          const tx = runner.manager;
          await insertWorld(tx, w);
          for (const viewer of w.people) {
            const want = expected(w, viewer);
            const ids = async (sql: string) =>
              sorted(((await tx.query(sql, [viewer.id])) as { id: string }[]).map((r) => r.id));
            expect(
              await ids(`SELECT p.id FROM posts p WHERE ${policy.visiblePostsSql('p', '$1')}`),
            ).toEqual(sorted(want.posts));
            expect(
              await ids(
                `SELECT r.id FROM replies r JOIN posts p ON p.id = r.post_id
                  WHERE ${policy.visibleRepliesSql('r', 'p', '$1')}`,
              ),
            ).toEqual(sorted(want.replies));
            expect(
              await ids(
                `SELECT c.id FROM file_comments c JOIN files f ON f.id = c.file_id
                  WHERE ${policy.visibleFileCommentsSql('c', 'f', '$1')}`,
              ),
            ).toEqual(sorted(want.fileComments));
            expect(
              await ids(
                `SELECT u.id FROM users u WHERE ${policy.visibleProfileDetailsSql('u', '$1')}`,
              ),
            ).toEqual(sorted(want.profiles));
            expect(
              await ids(
                `SELECT c.id FROM communities c WHERE ${policy.visibleCommunitiesSql('c', '$1')}`,
              ),
            ).toEqual(sorted(want.communities));
            expect(
              await ids(`SELECT f.id FROM files f WHERE ${policy.visibleFilesSql('f', '$1')}`),
            ).toEqual(sorted(want.files));
            expect(
              await ids(
                `SELECT b.id FROM bookmarks b WHERE ${policy.visibleBookmarksSql('b', '$1')}`,
              ),
            ).toEqual(sorted(want.bookmarks));
            expect(
              await ids(`SELECT m.community_id AS id FROM ${policy.memberCommunitiesSql('$1')} m`),
            ).toEqual(sorted(want.memberOf));
            const [scope]: { visible: string[]; listed: string[]; own: string[] }[] =
              await tx.query(`SELECT ${policy.searchScopeSql('$1')}`, [viewer.id]);
            expect(sorted(scope.visible)).toEqual(sorted(want.searchVisible));
            expect(sorted(scope.listed)).toEqual(sorted(want.searchListed));
            expect(sorted(scope.own)).toEqual(sorted(want.memberOf));
            // Single checks read the same memberships (inside the caller's transaction).
            for (const c of w.communities) {
              const sees = await policy.canSeeCommunityPosts(viewer, c.id, tx);
              expect(sees).toBe(c.type !== 'restricted' || want.memberOf.includes(c.id));
            }
          }
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
