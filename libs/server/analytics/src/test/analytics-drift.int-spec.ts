import { Logger } from '@nestjs/common';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { OutboxService } from '@outloud/server-core';
import {
  createTestApp,
  GraphqlClient,
  ROOMY_RATE_LIMITS,
  TestApp,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import fc from 'fast-check';
import { AnalyticsModule, rebuildAnalytics } from '../index';
import { rollupSnapshot } from './rollup-snapshot';

/**
 * Figures that never drift: random sequences of actions and their reversals (unlike, reply
 * deleted, accept cleared or moved, post deleted, hidden, restored), with the outbox delivered
 * at random points, leave the incrementally kept rollups — person-days and their hours, and
 * every summary of both — equal to a full recomputation.
 */

const PASSWORD = 'correct horse battery';
let t: TestApp;
let outbox: OutboxService;
const people: { id: string; c: GraphqlClient }[] = [];
let communityId = '';

type Post = { id: string; author: number; question: boolean; accepted: string | null };
type Reply = { id: string; postId: string; author: number };
interface World {
  posts: Post[];
  replies: Reply[];
  likes: Set<string>;
  hidden: Set<string>;
}

/** One generated step: a kind and indexes, read modulo what exists when it runs. */
type Step = { kind: (typeof KINDS)[number]; who: number; i: number; flag: boolean };
const KINDS = [
  'post',
  'reply',
  'likePost',
  'likeReply',
  'accept',
  'clearAccepted',
  'deleteReply',
  'deletePost',
  'hidePost',
  'hideReply',
  'drain',
] as const;

const pick = <T>(list: T[], i: number): T | undefined =>
  list.length ? list[i % list.length] : undefined;

async function hide(type: 'post' | 'reply', targetId: string, authorId: string, postId: string) {
  await t.dataSource.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO moderation_items (target_type, target_id, author_id, post_id, state, hidden_at)
       VALUES ($1, $2, $3, $4, 'hidden', now())
       ON CONFLICT (target_type, target_id) DO UPDATE SET state = 'hidden', hidden_at = now()`,
      [type, targetId, authorId, type === 'reply' ? postId : null],
    );
    if (type === 'post') await outbox.enqueue(tx, 'moderation.post.hidden', { postId });
    else await outbox.enqueue(tx, 'moderation.reply.hidden', { postId, replyId: targetId });
  });
}

async function restore(type: 'post' | 'reply', targetId: string, postId: string) {
  await t.dataSource.transaction(async (tx) => {
    await tx.query(
      `UPDATE moderation_items SET state = 'visible', hidden_at = NULL
        WHERE target_type = $1 AND target_id = $2`,
      [type, targetId],
    );
    if (type === 'post') await outbox.enqueue(tx, 'moderation.post.restored', { postId });
    else await outbox.enqueue(tx, 'moderation.reply.restored', { postId, replyId: targetId });
  });
}

async function run(w: World, s: Step): Promise<void> {
  const me = people[s.who % people.length];
  const live = w.posts;
  switch (s.kind) {
    case 'post': {
      const r = await me.c.ok<{ createPost: { id: string } }>(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { body: 'p', isQuestion: s.flag, ...(s.i % 2 ? { communityId } : {}) } },
      );
      live.push({
        id: r.createPost.id,
        author: s.who % people.length,
        question: s.flag,
        accepted: null,
      });
      return;
    }
    case 'reply': {
      const p = pick(live, s.i);
      if (!p || w.hidden.has(p.id)) return;
      const r = await me.c.ok<{ createReply: { id: string } }>(
        `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
        { p: p.id, i: { body: 'r' } },
      );
      w.replies.push({ id: r.createReply.id, postId: p.id, author: s.who % people.length });
      return;
    }
    case 'likePost':
    case 'likeReply': {
      const target = s.kind === 'likePost' ? pick(live, s.i) : pick(w.replies, s.i);
      const postId = target && ('postId' in target ? target.postId : target.id);
      if (!target || !postId || w.hidden.has(postId) || w.hidden.has(target.id)) return;
      const key = `${me.id}:${target.id}`;
      const liked = w.likes.has(key);
      const noun = s.kind === 'likePost' ? 'Post' : 'Reply';
      await me.c.ok(`mutation ($id: ID!) { ${liked ? 'unlike' : 'like'}${noun}(id: $id) { id } }`, {
        id: target.id,
      });
      if (liked) w.likes.delete(key);
      else w.likes.add(key);
      return;
    }
    case 'accept': {
      const r = pick(w.replies, s.i);
      const p = r && live.find((x) => x.id === r.postId);
      if (!r || !p || !p.question || w.hidden.has(p.id) || w.hidden.has(r.id)) return;
      await people[p.author].c.ok(
        `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
        { p: p.id, r: r.id },
      );
      p.accepted = r.id;
      return;
    }
    case 'clearAccepted': {
      const p = pick(
        live.filter((x) => x.accepted && !w.hidden.has(x.id)),
        s.i,
      );
      if (!p) return;
      await people[p.author].c.ok(`mutation ($p: ID!) { clearAcceptedAnswer(postId: $p) { id } }`, {
        p: p.id,
      });
      p.accepted = null;
      return;
    }
    case 'deleteReply': {
      const r = pick(w.replies, s.i);
      if (!r || w.hidden.has(r.postId) || w.hidden.has(r.id)) return;
      await people[r.author].c.ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, {
        id: r.id,
      });
      w.replies.splice(w.replies.indexOf(r), 1);
      return;
    }
    case 'deletePost': {
      const p = pick(live, s.i);
      if (!p || w.hidden.has(p.id)) return;
      await people[p.author].c.ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, {
        id: p.id,
      });
      live.splice(live.indexOf(p), 1);
      w.replies = w.replies.filter((r) => r.postId !== p.id);
      return;
    }
    case 'hidePost': {
      const p = pick(live, s.i);
      if (!p) return;
      if (w.hidden.has(p.id)) await restore('post', p.id, p.id);
      else await hide('post', p.id, people[p.author].id, p.id);
      if (!w.hidden.delete(p.id)) w.hidden.add(p.id);
      return;
    }
    case 'hideReply': {
      const r = pick(w.replies, s.i);
      if (!r || w.hidden.has(r.postId)) return;
      if (w.hidden.has(r.id)) await restore('reply', r.id, r.postId);
      else await hide('reply', r.id, people[r.author].id, r.postId);
      if (!w.hidden.delete(r.id)) w.hidden.add(r.id);
      return;
    }
    case 'drain':
      // As the worker runs them (in batches, `many` handlers at once), or one job at a time.
      if (s.flag) await drainInBatches();
      else await t.drainOutbox();
  }
}

async function drainInBatches() {
  for (let jobs = await outbox.claim(100); jobs.length; jobs = await outbox.claim(100))
    await outbox.runBatch(jobs);
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
    config: ROOMY_RATE_LIMITS,
  });
  outbox = t.app.get(OutboxService);
  for (const handle of ['ana', 'bo', 'cy', 'dee']) {
    const c = t.client();
    const r = await c.ok<{ signUp: { viewer: { id: string } } }>(
      `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
      { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
    );
    people.push({ id: r.signUp.viewer.id, c });
  }
  const community = await people[0].c.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Team", slug: "team", type: OPEN }) { id } }`,
  );
  communityId = community.createCommunity.id;
  for (const p of people.slice(1))
    await p.c.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, { id: communityId });
});
afterAll(async () => {
  await t?.close();
});

it('keeps the incremental rollups equal to a full recomputation under any actions and reversals', async () => {
  const step = fc.record({
    kind: fc.constantFrom(...KINDS),
    who: fc.nat(people.length * 4),
    i: fc.nat(50),
    flag: fc.boolean(),
  });
  // Posts and questions first, so reversals have something to act on.
  const seed: Step[] = [
    { kind: 'post', who: 0, i: 0, flag: true },
    { kind: 'post', who: 1, i: 1, flag: true },
  ];
  // A batch that throws falls back to its jobs one by one and says so: that must not happen.
  const warn = jest.spyOn(Logger.prototype, 'warn');
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
      const w: World = { posts: [], replies: [], likes: new Set(), hidden: new Set() };
      for (const s of [...seed, ...steps]) await run(w, s);
      await t.drainOutbox();
      const incremental = await rollupSnapshot(t.dataSource);
      // The hours and the days are kept apart: both must hold the same activity.
      const engagement = (rows: Record<string, unknown>[]) =>
        rows.reduce((n, r) => n + Number(r.posts) + Number(r.replies) + Number(r.likes), 0);
      expect(engagement(incremental.hourlyTotals)).toBe(engagement(incremental.totals));
      expect(engagement(incremental.hours)).toBe(engagement(incremental.people));
      await t.dataSource.transaction((tx) =>
        rebuildAnalytics((sql, params) => tx.query(sql, params)),
      );
      expect(await rollupSnapshot(t.dataSource)).toEqual(incremental);
    }),
    { numRuns: 12, endOnFailure: true },
  );
  expect(warn.mock.calls.filter(([m]) => String(m).startsWith('Batch of'))).toEqual([]);
  warn.mockRestore();
}, 240_000);
