import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import {
  AnalyticsModule,
  rebuildAnalytics,
  recomputePersonDay,
  recomputePersonDays,
} from '../index';
import { rollupSnapshot } from './rollup-snapshot';

/**
 * The heatmap from the hourly rollup, on hand-made times around Europe's return to winter time
 * (Sunday 2026-10-25, 01:00 UTC: local 03:00 CEST became 02:00 CET) and around midnight:
 *
 * | action         | UTC               | Stockholm             | New York           |
 * | -------------- | ----------------- | --------------------- | ------------------ |
 * | ana posts      | Sat 24 23:30      | Sun 01:30 (CEST)      | Sat 19:30 (EDT)    |
 * | bo replies     | Sun 25 00:15      | Sun 02:15 (CEST)      | Sat 20:15          |
 * | bo likes it    | Sun 25 01:20      | Sun 02:20 (CET)       | Sat 21:20          |
 * | ana, community | Sun 25 22:59      | Sun 23:59             | Sun 18:59 (EDT)    |
 *
 * Times are moved after the events (as an import would) and the person-days recomputed by the
 * outbox's own function; the figures must equal a rebuild's.
 */

const PASSWORD = 'correct horse battery';
let t: TestApp;
let ana: GraphqlClient;
let bo: GraphqlClient;
const ids = {} as Record<string, string>;

const HEATMAP = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) {
  heatmap { timeZone cells { weekday hour count } } } }`;
type Cell = { weekday: number; hour: number; count: number };
const RANGE = { from: '2026-10-24', to: '2026-10-25' };

/** The non-empty cells as `weekday/hour: count`. */
async function heatmap(input: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const r = await ana.ok<{ adoptionAnalytics: { heatmap: { cells: Cell[] } } }>(HEATMAP, {
    i: { ...RANGE, ...input },
  });
  return Object.fromEntries(
    r.adoptionAnalytics.heatmap.cells
      .filter((c) => c.count > 0)
      .map((c) => [`${c.weekday}/${c.hour}`, c.count]),
  );
}

async function setTimeZone(z: string) {
  await ana.ok(`mutation ($z: String!) { setOrganisationTimeZone(timeZone: $z) { timeZone } }`, {
    z,
  });
}

async function signUp(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  const r = await c.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  ids[handle] = r.signUp.viewer.id;
  return c;
}

const recompute = (day: string, userId: string) =>
  t.dataSource.transaction((tx) =>
    recomputePersonDay((sql, params) => tx.query(sql, params), day, userId),
  );

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  ana = await signUp('ana'); // the first account is an admin
  bo = await signUp('bo');
  await t.dataSource.query(
    `UPDATE users SET department = CASE handle WHEN 'ana' THEN 'Sales' ELSE 'IT' END`,
  );
  const c = await ana.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Team", slug: "team", type: OPEN }) { id } }`,
  );
  ids.team = c.createCommunity.id;
  const post = async (extra: Record<string, unknown> = {}) =>
    (
      await ana.ok<{ createPost: { id: string } }>(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { body: 'x', ...extra } },
      )
    ).createPost.id;
  ids.post = await post();
  ids.late = await post({ communityId: ids.team });
  ids.reply = (
    await bo.ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
      { p: ids.post, i: { body: 'y' } },
    )
  ).createReply.id;
  await bo.ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: ids.post });
  await t.drainOutbox();

  await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [
    ids.post,
    '2026-10-24T23:30:00Z',
  ]);
  await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [
    ids.late,
    '2026-10-25T22:59:00Z',
  ]);
  await t.dataSource.query(`UPDATE replies SET created_at = $2 WHERE id = $1`, [
    ids.reply,
    '2026-10-25T00:15:00Z',
  ]);
  await t.dataSource.query(`UPDATE likes SET created_at = $1 WHERE user_id = $2`, [
    '2026-10-25T01:20:00Z',
    ids.bo,
  ]);
  const today = new Date().toISOString().slice(0, 10);
  for (const [day, who] of [
    [today, 'ana'],
    [today, 'bo'],
    ['2026-10-24', 'ana'],
    ['2026-10-25', 'ana'],
    ['2026-10-25', 'bo'],
  ])
    await recompute(day, ids[who]);
});
afterAll(async () => {
  await t?.close();
});

it('keeps each action in its UTC hour, the days as the sums of their hours', async () => {
  const snapshot = await rollupSnapshot(t.dataSource);
  expect(snapshot.hourlyTotals).toEqual([
    { hour: new Date('2026-10-24T23:00:00Z'), posts: 1, replies: 0, likes: 0 },
    { hour: new Date('2026-10-25T00:00:00Z'), posts: 0, replies: 1, likes: 0 },
    { hour: new Date('2026-10-25T01:00:00Z'), posts: 0, replies: 0, likes: 1 },
    { hour: new Date('2026-10-25T22:00:00Z'), posts: 1, replies: 0, likes: 0 },
  ]);
  expect(snapshot.people.map((r) => [r.day, r.posts, r.replies, r.likes])).toEqual(
    expect.arrayContaining([
      ['2026-10-24', 1, 0, 0],
      ['2026-10-25', 1, 0, 0],
    ]),
  );
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
  expect(await rollupSnapshot(t.dataSource)).toEqual(snapshot);
});

it('puts UTC hours in the local weekday and hour, across midnight and a daylight-saving change', async () => {
  await setTimeZone('UTC');
  expect(await heatmap()).toEqual({ '6/23': 1, '7/0': 1, '7/1': 1, '7/22': 1 });
  await setTimeZone('Europe/Stockholm');
  // 02:00 happened twice: the reply in the first, the like in the second.
  expect(await heatmap()).toEqual({ '7/1': 1, '7/2': 2, '7/23': 1 });
  await setTimeZone('America/New_York');
  expect(await heatmap()).toEqual({ '6/19': 1, '6/20': 1, '6/21': 1, '7/18': 1 });
  await setTimeZone('UTC');
});

it('honours the department and community filters from the rollup', async () => {
  expect(await heatmap({ department: 'it' })).toEqual({ '7/0': 1, '7/1': 1 });
  expect(await heatmap({ department: 'Sales' })).toEqual({ '6/23': 1, '7/22': 1 });
  expect(await heatmap({ communityId: ids.team })).toEqual({ '7/22': 1 });
  expect(await heatmap({ communityId: ids.team, department: 'IT' })).toEqual({});
});

it('takes a deleted reply and a taken-back like out of their hours', async () => {
  await bo.ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, { id: ids.reply });
  await bo.ok(`mutation ($id: ID!) { unlikePost(id: $id) { id } }`, { id: ids.post });
  await t.drainOutbox();
  expect(await heatmap()).toEqual({ '6/23': 1, '7/22': 1 });
  const incremental = await rollupSnapshot(t.dataSource);
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
  expect(await rollupSnapshot(t.dataSource)).toEqual(incremental);
});

it('recomputes many person-days in the statements of one, to what a rebuild gives', async () => {
  // Ana's community post moves to the day before, a few hours earlier.
  await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [
    ids.late,
    '2026-10-24T12:10:00Z',
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const personDays = [
    [today, 'ana'],
    [today, 'bo'],
    ['2026-10-24', 'ana'],
    ['2026-10-25', 'ana'],
    ['2026-10-25', 'bo'],
  ].map(([day, who]) => ({ day, userId: ids[who] }));
  const statements: string[] = [];
  await t.dataSource.transaction((tx) =>
    recomputePersonDays((sql, params) => {
      statements.push(sql);
      return tx.query(sql, params);
    }, personDays),
  );
  // Locks, the hours and the days out, the hours and the days back in: five statements for five.
  const rollupStatements = statements.filter((sql) =>
    /analytics_(hourly|daily)_activity|pg_advisory_xact_lock/.test(sql),
  );
  expect(rollupStatements).toHaveLength(5);
  expect(await heatmap()).toEqual({ '6/12': 1, '6/23': 1 });
  const incremental = await rollupSnapshot(t.dataSource);
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
  expect(await rollupSnapshot(t.dataSource)).toEqual(incremental);
});
