import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { AnalyticsModule, rebuildAnalytics, recomputePersonDay } from '../index';
import { rollupSnapshot } from './rollup-snapshot';

const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
const utcDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
/** D = three days ago; every hand-built time sits on D or the day before, at a fixed hour. */
const D = utcDay(-3);
const D1 = utcDay(-4);
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`;

const DASHBOARD = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) {
  from to days previousFrom previousTo
  series { date activePeople posts questions replies }
  totals { activePeople posts questions replies likes acceptedAnswers }
  previousTotals { activePeople posts questions replies likes acceptedAnswers }
  participation { activeAccounts activePeople activeShare posters reactors readers }
  answering { questions answered accepted answeredShare acceptedShare firstReplyMedianMinutes
              firstReplyP90Minutes acceptedMedianMinutes acceptedP90Minutes }
  previousAnswering { questions answered accepted firstReplyMedianMinutes acceptedMedianMinutes }
  topContributors { user { handle } acceptedAnswers replies posts }
  communities { name slug type posts replies activeMembers isDormant }
  communityCount hiddenCommunityCount } }`;

interface Dashboard {
  adoptionAnalytics: {
    from: string;
    to: string;
    days: number;
    series: {
      date: string;
      activePeople: number;
      posts: number;
      questions: number;
      replies: number;
    }[];
    totals: Record<string, number>;
    previousTotals: Record<string, number>;
    participation: Record<string, number>;
    answering: Record<string, number | null>;
    previousAnswering: {
      questions: number;
      answered: number;
      accepted: number;
      firstReplyMedianMinutes: number | null;
    };
    topContributors: { user: { handle: string }; acceptedAnswers: number; replies: number }[];
    communities: {
      name: string;
      posts: number;
      replies: number;
      activeMembers: number;
      isDormant: boolean;
    }[];
    communityCount: number;
    hiddenCommunityCount: number;
  };
}

let t: TestApp;
const people = {} as Record<'ana' | 'bo' | 'cy' | 'dee' | 'eve' | 'fay', GraphqlClient>;
const ids = {} as Record<string, string>;

async function signUp(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  const r = await c.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  ids[handle] = r.signUp.viewer.id;
  return c;
}

async function post(c: GraphqlClient, body: string, extra: Record<string, unknown> = {}) {
  const r = await c.ok<{ createPost: { id: string } }>(
    `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
    { i: { body, ...extra } },
  );
  return r.createPost.id;
}

async function reply(c: GraphqlClient, postId: string, body: string) {
  const r = await c.ok<{ createReply: { id: string } }>(
    `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
    { p: postId, i: { body } },
  );
  return r.createReply.id;
}

const rollup = () => rollupSnapshot(t.dataSource);
const rebuild = () =>
  t.dataSource.transaction((tx) => rebuildAnalytics((sql, params) => tx.query(sql, params)));

async function dashboard(c: GraphqlClient, input: Record<string, unknown> = {}) {
  return (await c.ok<Dashboard>(DASHBOARD, { i: input })).adoptionAnalytics;
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  // The first account is an admin.
  for (const h of ['ana', 'bo', 'cy', 'dee', 'eve', 'fay'] as const) people[h] = await signUp(h);
  await people.ana.ok(`mutation ($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }`, {
    u: ids.bo,
  });

  const club = await people.bo.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "CANARY-R-club", slug: "canary-club", type: RESTRICTED }) { id } }`,
  );
  ids.club = club.createCommunity.id;
  const garden = await people.cy.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Garden", slug: "garden", type: OPEN }) { id } }`,
  );
  ids.garden = garden.createCommunity.id;
  await people.dee.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
    id: ids.garden,
  });

  // The hand-built dataset (times are set below): 7 posts, 4 of them questions, 5 replies.
  ids.p1 = await post(people.cy, 'How do I book a room?', { isQuestion: true });
  ids.p2 = await post(people.dee, 'Where is the VPN guide?', { isQuestion: true });
  ids.p3 = await post(people.cy, 'Anyone tried the new printer?', { isQuestion: true });
  ids.p4 = await post(people.ana, 'Which budget template?', { isQuestion: true });
  ids.p5 = await post(people.bo, 'CANARY-R-post plans for the club', { communityId: ids.club });
  ids.p6 = await post(people.dee, 'Tomatoes are in', { communityId: ids.garden });
  ids.old = await post(people.ana, 'An older update');
  ids.r1self = await reply(people.cy, ids.p1, 'Adding: for ten people');
  ids.r1 = await reply(people.dee, ids.p1, 'Use the room finder');
  ids.r2 = await reply(people.bo, ids.p2, 'On the IT page');
  ids.r4 = await reply(people.cy, ids.p4, 'The finance one');
  ids.r6 = await reply(people.dee, ids.p6, 'Mine too');
  await people.cy.ok(
    `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
    {
      p: ids.p1,
      r: ids.r1,
    },
  );
  await people.dee.ok(
    `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
    {
      p: ids.p2,
      r: ids.r2,
    },
  );
  await people.cy.ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: ids.p6 });
  await people.eve.ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: ids.p1 });
  await t.drainOutbox();
});
afterAll(async () => {
  await t?.close();
});

describe('rollup kept by the outbox', () => {
  it('matches a full rebuild after posts, replies, answers and likes', async () => {
    const fromEvents = await rollup();
    for (const rows of Object.values(fromEvents)) expect(rows.length).toBeGreaterThan(0);
    await rebuild();
    expect(await rollup()).toEqual(fromEvents);
  });

  it('still matches a rebuild after a post and a reply are deleted', async () => {
    const p = await post(people.fay, 'Short-lived');
    const r = await reply(people.fay, ids.p6, 'Short-lived reply');
    await t.drainOutbox();
    const withThem = await rollup();
    await people.fay.ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: p });
    await people.fay.ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, { id: r });
    await t.drainOutbox();
    const after = await rollup();
    expect(after).not.toEqual(withThem);
    expect(after.people.some((row) => row.user_id === ids.fay)).toBe(false);
    await rebuild();
    expect(await rollup()).toEqual(after);
  });

  it('moves a question’s first answer with a later reply and its deletion', async () => {
    const q = await post(people.fay, 'Who owns the wiki?', { isQuestion: true });
    await t.drainOutbox();
    const firstReply = async () =>
      (
        await t.dataSource.query(
          `SELECT first_reply_at FROM analytics_questions WHERE post_id = $1`,
          [q],
        )
      )[0].first_reply_at;
    expect(await firstReply()).toBeNull();
    const r = await reply(people.eve, q, 'The platform team');
    await t.drainOutbox();
    expect(await firstReply()).not.toBeNull();
    const withReply = await rollup();
    await rebuild();
    expect(await rollup()).toEqual(withReply);
    await people.eve.ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, { id: r });
    await people.fay.ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: q });
    await t.drainOutbox();
    const after = await rollup();
    await rebuild();
    expect(await rollup()).toEqual(after);
  });

  it('is idempotent: delivering the same event twice changes nothing', async () => {
    const before = await rollup();
    await t.dataSource.query(
      `INSERT INTO outbox_jobs (event_type, handler, payload) VALUES
         ('stream.reply.created', 'analytics.reply', $1), ('stream.post.created', 'analytics.post', $2)`,
      [JSON.stringify({ postId: ids.p1, replyId: ids.r1 }), JSON.stringify({ postId: ids.p1 })],
    );
    await t.drainOutbox();
    expect(await rollup()).toEqual(before);
  });
  it('keeps the day totals exact when many people of one day are recomputed at once', async () => {
    // Each recompute moves the shared totals row by its own difference; run them in parallel
    // transactions (the pool has room) and the sum must still equal a rebuild's.
    const handles = ['ana', 'bo', 'cy', 'dee', 'eve', 'fay'];
    await Promise.all(
      handles.map((h) =>
        t.dataSource.query(
          `INSERT INTO posts (author_id, body, body_html) VALUES ($1, 'same day', 'same day')`,
          [ids[h]],
        ),
      ),
    );
    const today = new Date().toISOString().slice(0, 10);
    await Promise.all(
      handles.map((h) =>
        t.dataSource.transaction((tx) =>
          recomputePersonDay((sql, params) => tx.query(sql, params), today, ids[h]),
        ),
      ),
    );
    const fromRecompute = await rollup();
    await rebuild();
    expect(await rollup()).toEqual(fromRecompute);
    // The figures below are hand-counted without these posts.
    await t.dataSource.query(`DELETE FROM posts WHERE body = 'same day'`);
    await rebuild();
  });
});

describe('figures on a hand-built dataset', () => {
  beforeAll(async () => {
    // Known times: first replies after 10, 30 and 120 minutes; answers accepted after 60 and 120.
    const set = async (table: string, column: string, id: string, value: string) =>
      t.dataSource.query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [id, value]);
    await set('posts', 'created_at', ids.p1, at(D, '09:00'));
    await set('replies', 'created_at', ids.r1self, at(D, '09:01'));
    await set('replies', 'created_at', ids.r1, at(D, '09:10'));
    await set('posts', 'answered_at', ids.p1, at(D, '10:00'));
    await set('posts', 'created_at', ids.p2, at(D, '12:00'));
    await set('replies', 'created_at', ids.r2, at(D, '12:30'));
    await set('posts', 'answered_at', ids.p2, at(D, '14:00'));
    await set('posts', 'created_at', ids.p3, at(D1, '08:00'));
    await set('posts', 'created_at', ids.p4, at(D, '15:00'));
    await set('replies', 'created_at', ids.r4, at(D, '17:00'));
    await set('posts', 'created_at', ids.p5, at(D, '11:00'));
    await set('posts', 'created_at', ids.p6, at(D1, '10:00'));
    await set('replies', 'created_at', ids.r6, at(D1, '11:00'));
    await set('posts', 'created_at', ids.old, at(utcDay(-40), '10:00'));
    await t.dataSource.query(
      `INSERT INTO communities (slug, name, type, last_activity_at) VALUES ('old', 'Old', 'open', now() - interval '90 days')`,
    );
    await rebuild();
  });

  it('counts the daily series, totals and the previous period', async () => {
    const a = await dashboard(people.ana);
    expect(a).toMatchObject({ from: utcDay(-29), to: utcDay(0), days: 30 });
    expect(a.series).toHaveLength(30);
    const day = (d: string) => a.series.find((s) => s.date === d);
    expect(day(D)).toEqual({ date: D, activePeople: 4, posts: 4, questions: 3, replies: 4 });
    expect(day(D1)).toEqual({ date: D1, activePeople: 2, posts: 2, questions: 1, replies: 1 });
    // Today: only the two likes.
    expect(day(utcDay(0))).toMatchObject({ activePeople: 2, posts: 0, replies: 0 });
    expect(a.totals).toEqual({
      activePeople: 5,
      posts: 6,
      questions: 4,
      replies: 5,
      likes: 2,
      acceptedAnswers: 2,
    });
    expect(a.previousTotals).toMatchObject({ activePeople: 1, posts: 1, replies: 0 });
  });

  it('counts engagement per hour and weekday in the organisation’s time zone (UTC unless set)', async () => {
    const HEATMAP = `query { adoptionAnalytics { heatmap { timeZone cells { weekday hour count } } } }`;
    type Heatmap = {
      adoptionAnalytics: {
        heatmap: { timeZone: string; cells: { weekday: number; hour: number; count: number }[] };
      };
    };
    const read = async () => (await people.ana.ok<Heatmap>(HEATMAP)).adoptionAnalytics.heatmap;
    const isoWeekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
    const count = (h: Awaited<ReturnType<typeof read>>, weekday: number, hour: number) =>
      h.cells.find((c) => c.weekday === weekday && c.hour === hour)?.count;

    const utc = await read();
    expect(utc.timeZone).toBe('UTC');
    expect(utc.cells).toHaveLength(168);
    // Every post, reply and like of the period, once: 6 + 5 + 2.
    expect(utc.cells.reduce((sum, c) => sum + c.count, 0)).toBe(13);
    // The question at 09:00, the asker's own reply at 09:01 and the answer at 09:10.
    expect(count(utc, isoWeekday(D), 9)).toBe(3);

    const SET = `mutation ($z: String!) { setOrganisationTimeZone(timeZone: $z) { timeZone } }`;
    const refused = await people.cy.request(SET, { z: 'Asia/Tokyo' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    for (const bad of ['Mars/Olympus', '+02:00', 'Europe/Stockholm; DROP TABLE x', ''])
      expect({ bad, code: errorCode(await people.ana.request(SET, { z: bad })) }).toEqual({
        bad,
        code: 'BAD_USER_INPUT',
      });
    await people.ana.ok(SET, { z: 'Asia/Tokyo' });
    const tokyo = await read();
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    // Tokyo is UTC+9 all year: 09:00 UTC is 18:00 the same day.
    expect(count(tokyo, isoWeekday(D), 18)).toBe(3);
    expect(count(tokyo, isoWeekday(D), 9)).toBe(0);
    await people.ana.ok(SET, { z: 'UTC' });
  });

  it('splits answering between the period and the one before it', async () => {
    // From D to today: the three questions of D; the period before holds D1's one.
    const { answering, previousAnswering } = await dashboard(people.ana, {
      from: D,
      to: utcDay(0),
    });
    expect(answering.questions).toBe(3);
    expect(previousAnswering.questions).toBe(1);
    // Together they are the whole dataset's figures (4 questions, 3 answered, 2 accepted).
    expect(Number(answering.answered) + previousAnswering.answered).toBe(3);
    expect(Number(answering.accepted) + previousAnswering.accepted).toBe(2);
    const firstReplies = [10, 30, 120];
    for (const median of [answering, previousAnswering].map((a) => a.firstReplyMedianMinutes))
      if (median !== null) expect(firstReplies.some((m) => Math.abs(m - median) < 1e-6)).toBe(true);
  });

  it('measures participation among active accounts', async () => {
    const { participation } = await dashboard(people.ana);
    // ana, bo, cy, dee posted or replied; eve only liked; fay did nothing that is left.
    expect(participation).toEqual({
      activeAccounts: 6,
      activePeople: 5,
      activeShare: 5 / 6,
      posters: 4,
      reactors: 1,
      readers: 1,
    });
  });

  it('computes answer rates and median / p90 times, ignoring the asker’s own replies', async () => {
    const { answering } = await dashboard(people.ana);
    expect(answering).toMatchObject({
      questions: 4,
      answered: 3,
      accepted: 2,
      answeredShare: 0.75,
      acceptedShare: 0.5,
    });
    // percentile_cont interpolates: p90 of [10, 30, 120] is 30 + 0.8 * 90.
    expect(answering.firstReplyMedianMinutes).toBeCloseTo(30, 6);
    expect(answering.firstReplyP90Minutes).toBeCloseTo(102, 6);
    expect(answering.acceptedMedianMinutes).toBeCloseTo(90, 6);
    expect(answering.acceptedP90Minutes).toBeCloseTo(114, 6);
  });

  it('ranks top contributors by an allow-listed order', async () => {
    const byAccepted = await dashboard(people.ana, { contributorOrder: 'ACCEPTED_ANSWERS' });
    expect(
      byAccepted.topContributors.map((c) => [c.user.handle, c.acceptedAnswers, c.replies]),
    ).toEqual([
      ['dee', 1, 2],
      ['bo', 1, 1],
      ['cy', 0, 2],
    ]);
    const byReplies = await dashboard(people.ana, { contributorOrder: 'REPLIES' });
    expect(byReplies.topContributors.map((c) => c.user.handle)).toEqual(['dee', 'cy', 'bo']);
    const bad = await people.ana.request(DASHBOARD, { i: { contributorOrder: 'EMAIL' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('lists visible communities with activity and the 60-day dormant rule', async () => {
    const a = await dashboard(people.ana, { communityOrder: 'NAME' });
    expect(a.communities).toEqual([
      expect.objectContaining({
        name: 'Garden',
        posts: 1,
        replies: 1,
        activeMembers: 2,
        isDormant: false,
      }),
      expect.objectContaining({ name: 'Old', posts: 0, activeMembers: 0, isDormant: true }),
    ]);
    expect(a.communityCount).toBe(2);
    expect(a.hiddenCommunityCount).toBe(1);
  });
  it('counts a community’s active people the same way for a period that ended in the past', async () => {
    // Periods reaching today read the recency buckets; earlier ones test people's active days.
    // Garden: dee posted and replied on D1; cy's like is today's.
    const past = await dashboard(people.ana, { from: D1, to: D, communityOrder: 'NAME' });
    expect(past.communities[0]).toMatchObject({ name: 'Garden', posts: 1, activeMembers: 1 });
    const untilToday = await dashboard(people.ana, { from: D1, to: utcDay(0) });
    expect(untilToday.communities.find((c) => c.name === 'Garden')).toMatchObject({
      activeMembers: 2,
    });
  });
});

describe('access (A12)', () => {
  it('refuses people who are not admins, and anonymous callers', async () => {
    const member = await people.cy.request(DASHBOARD, { i: {} });
    expect(errorCode(member)).toBe('FORBIDDEN');
    expect(member.data).toBeNull();
    const anonymous = await t.client().request(DASHBOARD, { i: {} });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('refuses bad ranges with field paths', async () => {
    const res = await people.ana.request(DASHBOARD, { i: { days: 800 } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.days', message: expect.any(String) },
    ]);
    const range = await people.ana.request(DASHBOARD, {
      i: { from: '2024-01-01', to: '2026-06-01' },
    });
    expect(errorCode(range)).toBe('BAD_USER_INPUT');
    const reversed = await people.ana.request(DASHBOARD, {
      i: { from: '2026-06-01', to: '2026-01-01' },
    });
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    // Two years is the most, and enough for a year-on-year comparison.
    const twoYears = await people.ana.request(DASHBOARD, { i: { days: 731 } });
    expect(twoYears.errors).toBeUndefined();
  });

  it('never names a restricted community to an admin outside it; counts its activity', async () => {
    const outsider = await people.ana.request<Dashboard>(DASHBOARD, { i: {} });
    expect(outsider.errors).toBeUndefined();
    expect(JSON.stringify(outsider)).not.toContain('CANARY-R');
    const member = await dashboard(people.bo, { communityOrder: 'NAME' });
    expect(member.communities[0]).toMatchObject({
      name: 'CANARY-R-club',
      posts: 1,
      activeMembers: 1,
    });
    expect(member.hiddenCommunityCount).toBe(0);
    // The club's post is in everyone's aggregate totals.
    expect(outsider.data?.adoptionAnalytics.totals.posts).toBe(member.totals.posts);
  });

  it('exports every table as CSV to admins only; restricted communities only as a count', async () => {
    const csv = async (who: GraphqlClient, path: string) => {
      const res = await fetch(`${who.baseUrl}/analytics/export/${path}`, {
        headers: { cookie: who.cookieHeader },
      });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    for (const table of [
      'series',
      'funnel',
      'heatmap',
      'communities',
      'unanswered',
      'contributors',
      'departments',
      'openness',
    ]) {
      const out = await csv(people.ana, `${table}.csv?days=30`);
      expect({ table, status: out.status, type: out.type }).toEqual({
        table,
        status: 200,
        type: 'text/csv; charset=utf-8',
      });
      expect(out.text).not.toContain('CANARY-R');
    }
    const outsider = await csv(people.ana, 'communities.csv');
    expect(outsider.text.split('\n')[0]).toBe(
      'community,type,members,posts,replies,activePeople,lastActivityAt,dormant,questions,answeredQuestions,answerRate,firstAnswerMedianMinutes',
    );
    expect(outsider.text).toMatch(
      /\n1 restricted communities you are not a member of \(not named\),restricted,/,
    );
    const member = await csv(people.bo, 'communities.csv');
    expect(member.text).toContain('CANARY-R-club');
    expect(member.text).not.toContain('not named');
    const heatmap = await csv(people.ana, 'heatmap.csv');
    expect(heatmap.text.trim().split('\n')).toHaveLength(169);

    const refused = await csv(people.cy, 'communities.csv');
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('community,');
    const anonymous = await csv(t.client(), 'communities.csv');
    expect(anonymous.status).toBe(401);
    expect((await csv(people.ana, 'secrets.csv')).status).toBe(400);
    const reversed = await csv(people.ana, 'series.csv?from=2026-06-01&to=2026-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.text).toContain('BAD_USER_INPUT');
  });

  it('shows an outside admin the same list when only hidden activity changes', async () => {
    const before = await dashboard(people.ana, { communityOrder: 'POSTS' });
    for (let i = 0; i < 3; i++)
      await post(people.bo, `CANARY-R-more ${i}`, { communityId: ids.club });
    await t.drainOutbox();
    const after = await dashboard(people.ana, { communityOrder: 'POSTS' });
    expect(after.communities).toEqual(before.communities);
    expect(after.hiddenCommunityCount).toBe(before.hiddenCommunityCount);
    expect(JSON.stringify(after)).not.toContain('CANARY-R');
    expect(after.totals.posts).toBe(before.totals.posts + 3);
  });
});

describe('answered within a day and a week, and the unanswered list', () => {
  const UNANSWERED = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) {
    answering { questions answered answeredWithinDay askedDayAgo answeredWithinDayShare
                answeredWithinWeek askedWeekAgo answeredWithinWeekShare }
    unanswered { total hiddenCount
      questions { postId excerpt asker { handle } community { name } nudge { handle } } } } }`;
  type Result = {
    adoptionAnalytics: {
      answering: Record<string, number>;
      unanswered: {
        total: number;
        hiddenCount: number;
        questions: {
          postId: string;
          excerpt: string;
          asker: { handle: string };
          community: { name: string } | null;
          nudge: { handle: string }[];
        }[];
      };
    };
  };
  const read = async (c: GraphqlClient) =>
    (await c.ok<Result>(UNANSWERED, { i: {} })).adoptionAnalytics;

  beforeAll(async () => {
    // q7: asked 12 days ago, first answered by someone else 3 days later (within a week only).
    // q8: asked 20 days ago, only the asker replied: still unanswered, the oldest.
    ids.q7 = await post(people.ana, 'Who approves travel?', { isQuestion: true });
    ids.r7 = await reply(people.eve, ids.q7, 'Your manager');
    ids.q8 = await post(people.fay, 'Is there a **style guide**?', { isQuestion: true });
    ids.r8self = await reply(people.fay, ids.q8, 'Still looking');
    // A restricted community's unanswered question: counted for outsiders, never shown.
    ids.q9 = await post(people.bo, 'CANARY-R-question for the club', {
      communityId: ids.club,
      isQuestion: true,
    });
    const set = async (table: string, id: string, value: string) =>
      t.dataSource.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, value]);
    await set('posts', ids.q7, at(utcDay(-12), '09:00'));
    await set('replies', ids.r7, at(utcDay(-9), '09:00'));
    await set('posts', ids.q8, at(utcDay(-20), '09:00'));
    await set('replies', ids.r8self, at(utcDay(-20), '10:00'));
    await set('posts', ids.q9, at(utcDay(-2), '09:00'));
    await t.drainOutbox();
    await rebuild();
  });

  it('counts answers within 24 hours and 7 days among questions old enough to have had them', async () => {
    const { answering } = await read(people.ana);
    // p1 10 min, p2 30 min, p4 120 min, p3 none (3-4 days old); q7 3 days; q8 none; q9 none.
    expect(answering).toEqual({
      questions: 7,
      answered: 4,
      answeredWithinDay: 3,
      askedDayAgo: 7,
      answeredWithinDayShare: 3 / 7,
      // Only q7 and q8 were asked a week ago or more.
      answeredWithinWeek: 1,
      askedWeekAgo: 2,
      answeredWithinWeekShare: 0.5,
    });
  });

  it('lists unanswered questions oldest first with people to nudge; restricted ones only counted', async () => {
    const outsider = await read(people.ana);
    expect(outsider.unanswered.questions.map((q) => q.excerpt)).toEqual([
      'Is there a style guide?',
      'Anyone tried the new printer?',
    ]);
    expect(outsider.unanswered).toMatchObject({ total: 2, hiddenCount: 1 });
    expect(JSON.stringify(outsider)).not.toContain('CANARY-R');
    // Outside communities, dee and bo each have one accepted answer and one reply; the asker of
    // p3 (cy) answered too but is never suggested for her own question.
    const [q8, p3] = outsider.unanswered.questions;
    expect(p3.asker.handle).toBe('cy');
    // Those with accepted answers come before those with replies only (eve, fay: one each).
    expect(p3.nudge).toHaveLength(3);
    expect(
      p3.nudge
        .slice(0, 2)
        .map((p) => p.handle)
        .sort(),
    ).toEqual(['bo', 'dee']);
    expect(q8.nudge.map((p) => p.handle)).toContain('cy');
    const member = await read(people.bo);
    expect(member.unanswered).toMatchObject({ total: 3, hiddenCount: 0 });
    expect(member.unanswered.questions[2]).toMatchObject({
      excerpt: 'CANARY-R-question for the club',
      community: { name: 'CANARY-R-club' },
    });
  });

  it('never suggests a deactivated person', async () => {
    await people.ana.ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
      u: ids.dee,
    });
    const { unanswered } = await read(people.ana);
    const nudge = unanswered.questions[1].nudge.map((p) => p.handle);
    expect(nudge[0]).toBe('bo');
    expect(nudge).not.toContain('dee');
    await people.ana.ok(`mutation ($u: ID!) { reactivateUser(userId: $u) { id } }`, {
      u: ids.dee,
    });
  });

  it('takes hidden content out of the figures and brings it back when restored', async () => {
    const before = await dashboard(people.ana);
    const hidden = async (state: 'hidden' | 'visible') => {
      await t.dataSource.query(
        `INSERT INTO moderation_items (target_type, target_id, author_id, state, hidden_at)
         VALUES ('post', $1, $2, $3, CASE WHEN $3 = 'hidden' THEN now() END)
         ON CONFLICT (target_type, target_id) DO UPDATE SET state = excluded.state, hidden_at = excluded.hidden_at`,
        [ids.p1, ids.cy, state],
      );
      await t.dataSource.query(
        `INSERT INTO outbox_jobs (event_type, handler, payload) VALUES ($1, 'analytics.post', $2)`,
        [`moderation.post.${state === 'hidden' ? 'hidden' : 'restored'}`, { postId: ids.p1 }],
      );
      await t.drainOutbox();
    };
    await hidden('hidden');
    const without = await dashboard(people.ana);
    // p1 goes, with its two replies, its accepted answer and eve's like.
    expect(without.totals).toMatchObject({
      posts: before.totals.posts - 1,
      questions: before.totals.questions - 1,
      replies: before.totals.replies - 2,
      likes: before.totals.likes - 1,
      acceptedAnswers: before.totals.acceptedAnswers - 1,
    });
    expect(without.answering.questions).toBe(Number(before.answering.questions) - 1);
    await hidden('visible');
    expect(await dashboard(people.ana)).toEqual(before);
  });
});
