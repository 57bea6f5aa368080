import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { AnalyticsModule, rebuildAnalytics } from '../index';

/**
 * Departments, stickiness, openness and community health on a small hand-built dataset, and the
 * restricted-community rule for them (screen and CSV).
 */
const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
const utcDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const D = utcDay(-1);
const D3 = utcDay(-3);
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`;

const BREAKDOWN = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) {
  departments { kind name departments people creators contributors readers activeLast30 adoptionShare }
  stickiness { dailyActive monthlyActive ratio }
  openness { posts openPosts restrictedPosts openPostShare questions openQuestions restrictedQuestions openQuestionShare }
  communities { name questions answeredQuestions answerRate firstAnswerMedianMinutes memberCount posts }
  hiddenCommunityCount } }`;

interface Breakdown {
  adoptionAnalytics: {
    departments: Record<string, unknown>[];
    stickiness: { dailyActive: number; monthlyActive: number; ratio: number };
    openness: Record<string, number>;
    communities: Record<string, unknown>[];
    hiddenCommunityCount: number;
  };
}

let t: TestApp;
const people = {} as Record<string, GraphqlClient>;
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

const like = (c: GraphqlClient, id: string) =>
  c.ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id });

async function read(c: GraphqlClient, input: Record<string, unknown> = {}) {
  return (await c.ok<Breakdown>(BREAKDOWN, { i: input })).adoptionAnalytics;
}

async function csv(who: GraphqlClient, path: string) {
  const res = await fetch(`${who.baseUrl}/analytics/export/${path}`, {
    headers: { cookie: who.cookieHeader },
  });
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  // ana (the first account) is an admin and does nothing else; fay is an admin too.
  for (const h of ['ana', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus']) people[h] = await signUp(h);
  await people.ana.ok(`mutation ($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }`, {
    u: ids.fay,
  });
  const departments: Record<string, string | null> = {
    ana: 'Sales',
    bo: ' sales ',
    cy: 'Engineering',
    dee: 'Engineering',
    eve: null,
    fay: 'Legal',
    gus: 'Legal',
  };
  for (const [h, d] of Object.entries(departments))
    await t.dataSource.query(`UPDATE users SET department = $2 WHERE id = $1`, [ids[h], d]);

  ids.garden = (
    await people.cy.ok<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "Garden", slug: "garden", type: OPEN }) { id } }`,
    )
  ).createCommunity.id;
  ids.vault = (
    await people.fay.ok<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "CANARY-R-vault", slug: "canary-vault", type: RESTRICTED }) { id } }`,
    )
  ).createCommunity.id;

  // q1 (cy, no community), answered by dee half an hour later; bo likes it.
  ids.q1 = await post(people.cy, 'Where are the slides?', { isQuestion: true });
  ids.r1 = await reply(people.dee, ids.q1, 'In the shared drive');
  await like(people.bo, ids.q1);
  // q2 (dee, Garden): her own reply does not answer it; eve's, an hour later, does.
  ids.q2 = await post(people.dee, 'When do we plant?', {
    isQuestion: true,
    communityId: ids.garden,
  });
  ids.r2self = await reply(people.dee, ids.q2, 'Adding: tomatoes');
  ids.r2 = await reply(people.eve, ids.q2, 'In May');
  await like(people.cy, ids.q2);
  // q3 (dee, Garden): fay's reply is deleted, so it is unanswered.
  ids.q3 = await post(people.dee, 'Who waters?', { isQuestion: true, communityId: ids.garden });
  ids.r3 = await reply(people.fay, ids.q3, 'Me, gone soon');
  await people.fay.ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, { id: ids.r3 });
  // gus posts and is then deactivated: the post stays, gus leaves the people figures.
  ids.g = await post(people.gus, 'Last day today');
  // Restricted: one post and one question, never named to ana.
  ids.v1 = await post(people.fay, 'CANARY-R-plans', { communityId: ids.vault });
  ids.v2 = await post(people.fay, 'CANARY-R-question?', {
    communityId: ids.vault,
    isQuestion: true,
  });
  await t.drainOutbox();
  await people.ana.ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
    u: ids.gus,
  });

  const set = (table: string, id: string, value: string) =>
    t.dataSource.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, value]);
  await set('posts', ids.q1, at(D3, '09:00'));
  await set('replies', ids.r1, at(D3, '09:30'));
  await set('posts', ids.q2, at(D, '09:00'));
  await set('replies', ids.r2self, at(D, '09:05'));
  await set('replies', ids.r2, at(D, '10:00'));
  await set('posts', ids.q3, at(D, '11:00'));
  await set('replies', ids.r3, at(D, '11:10'));
  await set('posts', ids.g, at(D, '08:00'));
  await set('posts', ids.v1, at(D, '08:30'));
  await set('posts', ids.v2, at(D, '08:45'));
  await t.dataSource.query(`UPDATE likes SET created_at = $1`, [at(D, '12:00')]);
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, params) => tx.query(sql, params)));
});
afterAll(async () => {
  await t?.close();
});

describe('participation by department', () => {
  it('splits each department into creators, contributors and readers, deactivated people left out', async () => {
    const { departments } = await read(people.ana);
    expect(departments).toEqual([
      // cy asked, dee answered: both creators, both active in the last 30 days.
      {
        kind: 'DEPARTMENT',
        name: 'Engineering',
        departments: 1,
        people: 2,
        creators: 2,
        contributors: 0,
        readers: 0,
        activeLast30: 2,
        adoptionShare: 1,
      },
      // "Sales" and " sales " are one department: bo only liked, ana did nothing.
      {
        kind: 'DEPARTMENT',
        name: expect.stringMatching(/^sales$/i),
        departments: 1,
        people: 2,
        creators: 0,
        contributors: 1,
        readers: 1,
        activeLast30: 1,
        adoptionShare: 0.5,
      },
      // gus (deactivated) is not counted; fay posted (her deleted reply does not matter).
      {
        kind: 'DEPARTMENT',
        name: 'Legal',
        departments: 1,
        people: 1,
        creators: 1,
        contributors: 0,
        readers: 0,
        activeLast30: 1,
        adoptionShare: 1,
      },
      {
        kind: 'NONE',
        name: null,
        departments: 0,
        people: 1,
        creators: 1,
        contributors: 0,
        readers: 0,
        activeLast30: 1,
        adoptionShare: 1,
      },
    ]);
  });

  it('measures stickiness as mean daily active people over monthly active people', async () => {
    // Active days in the 30 days: bo 1, cy 2 (D3, D), dee 2, eve 1, fay 1 = 7; gus is out.
    const { stickiness } = await read(people.ana);
    expect(stickiness.monthlyActive).toBe(5);
    expect(stickiness.dailyActive).toBeCloseTo(7 / 30, 10);
    expect(stickiness.ratio).toBeCloseTo(7 / 150, 10);
  });
});

describe('openness', () => {
  it('counts posts and questions in restricted communities, whoever reads', async () => {
    const outsider = await read(people.ana);
    // Posts: q1, q2, q3, gus's, v1, v2 (the deactivated person's post stays); questions: 4.
    expect(outsider.openness).toEqual({
      posts: 6,
      openPosts: 4,
      restrictedPosts: 2,
      openPostShare: 4 / 6,
      questions: 4,
      openQuestions: 3,
      restrictedQuestions: 1,
      openQuestionShare: 0.75,
    });
    // fay is an admin and a member of the vault: the same counts, and the vault by name.
    const member = await read(people.fay);
    expect(member.openness).toEqual(outsider.openness);
    expect(member.communities.map((c) => c.name).sort()).toEqual(['CANARY-R-vault', 'Garden']);
  });
});

describe('community health', () => {
  it('gives each visible community its answer rate and median time to first answer', async () => {
    const { communities, hiddenCommunityCount } = await read(people.ana);
    expect(communities).toEqual([
      {
        name: 'Garden',
        questions: 2,
        answeredQuestions: 1,
        answerRate: 0.5,
        firstAnswerMedianMinutes: 60,
        memberCount: 1,
        posts: 2,
      },
    ]);
    expect(hiddenCommunityCount).toBe(1);
  });
});

describe('restricted communities and admins only', () => {
  it('never names a restricted community on screen or in the CSV to an admin outside it', async () => {
    const screen = await people.ana.request(BREAKDOWN, { i: {} });
    expect(screen.errors).toBeUndefined();
    expect(JSON.stringify(screen)).not.toContain('CANARY-R');
    for (const table of ['departments', 'openness', 'communities']) {
      const out = await csv(people.ana, `${table}.csv?days=30`);
      expect({ table, status: out.status }).toEqual({ table, status: 200 });
      expect(out.text).not.toContain('CANARY-R');
    }
    const departments = await csv(people.ana, 'departments.csv');
    expect(departments.text.split('\n')[0]).toBe(
      'department,people,creators,contributors,readers,activeLast30Days,adoptionShare',
    );
    expect(departments.text).toContain('\nEngineering,2,2,0,0,2,1\n');
    expect(departments.text).toContain('\n(no department),1,1,0,0,1,1\n');
    const openness = await csv(people.ana, 'openness.csv');
    expect(openness.text.trim().split('\n')).toEqual([
      'content,open,restricted,all,openShare',
      `posts,4,2,6,${4 / 6}`,
      'questions,3,1,4,0.75',
    ]);
    const communities = await csv(people.ana, 'communities.csv');
    expect(communities.text).toContain(',2,1,0.5,60\n');
  });

  it('refuses every new figure to people who are not admins', async () => {
    for (const field of [
      'departments { people }',
      'stickiness { ratio }',
      'openness { posts }',
      'communities { answerRate }',
    ]) {
      const res = await people.cy.request(`{ adoptionAnalytics { ${field} } }`);
      expect({ field, code: errorCode(res) }).toEqual({ field, code: 'FORBIDDEN' });
    }
    for (const table of ['departments', 'openness']) {
      const res = await csv(people.cy, `${table}.csv`);
      expect({ table, status: res.status }).toEqual({ table, status: 403 });
    }
  });
});

describe('department and community filters', () => {
  const FILTERED = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) {
    department community { name }
    totals { posts questions replies likes activePeople }
    participation { activeAccounts activePeople posters reactors readers }
    answering { questions answered }
    unanswered { total questions { excerpt } }
    heatmap { cells { count } }
    topContributors { user { handle } replies }
    departments { kind name people creators contributors readers }
    openness { posts restrictedPosts questions restrictedQuestions }
    communities { name posts questions answeredQuestions activeMembers }
    series { posts } } }`;
  type Filtered = {
    adoptionAnalytics: {
      department: string | null;
      community: { name: string } | null;
      totals: Record<string, number>;
      participation: Record<string, number>;
      answering: Record<string, number>;
      unanswered: { total: number; questions: { excerpt: string }[] };
      heatmap: { cells: { count: number }[] };
      topContributors: { user: { handle: string }; replies: number }[];
      departments: Record<string, unknown>[];
      openness: Record<string, number>;
      communities: Record<string, unknown>[];
      series: { posts: number }[];
    };
  };
  const filtered = async (c: GraphqlClient, i: Record<string, unknown>) =>
    (await c.ok<Filtered>(FILTERED, { i })).adoptionAnalytics;
  const actions = (a: Filtered['adoptionAnalytics']) =>
    a.heatmap.cells.reduce((n, c) => n + c.count, 0);

  it('narrows every figure to the people of a department (any case)', async () => {
    const a = await filtered(people.ana, { department: ' ENGINEERING' });
    expect(a.department).toBe('Engineering');
    // cy and dee: q1, q2, q3; dee's replies r1 and r2self; cy's like on q2 (so both are active in Garden).
    expect(a.totals).toEqual({ posts: 3, questions: 3, replies: 2, likes: 1, activePeople: 2 });
    expect(a.participation).toEqual({
      activeAccounts: 2,
      activePeople: 2,
      posters: 2,
      reactors: 0,
      readers: 0,
    });
    expect(a.answering).toEqual({ questions: 3, answered: 2 });
    expect(a.unanswered.questions.map((q) => q.excerpt)).toEqual(['Who waters?']);
    expect(actions(a)).toBe(6);
    expect(a.topContributors.map((c) => [c.user.handle, c.replies])).toEqual([['dee', 2]]);
    expect(a.departments).toEqual([
      {
        kind: 'DEPARTMENT',
        name: 'Engineering',
        people: 2,
        creators: 2,
        contributors: 0,
        readers: 0,
      },
    ]);
    expect(a.openness).toEqual({
      posts: 3,
      restrictedPosts: 0,
      questions: 3,
      restrictedQuestions: 0,
    });
    expect(a.communities).toEqual([
      { name: 'Garden', posts: 2, questions: 2, answeredQuestions: 1, activeMembers: 2 },
    ]);
    expect(a.series.reduce((n, d) => n + d.posts, 0)).toBe(3);
  });

  it('narrows every figure to what happened in a community, counting everyone who could take part', async () => {
    const a = await filtered(people.ana, { communityId: ids.garden });
    expect(a.community).toEqual({ name: 'Garden' });
    // q2, q3; dee's and eve's replies (fay's was deleted); cy's like.
    expect(a.totals).toEqual({ posts: 2, questions: 2, replies: 2, likes: 1, activePeople: 3 });
    expect(a.participation).toEqual({
      activeAccounts: 6,
      activePeople: 3,
      posters: 2,
      reactors: 1,
      readers: 3,
    });
    expect(a.answering).toEqual({ questions: 2, answered: 1 });
    expect(a.unanswered.total).toBe(1);
    expect(actions(a)).toBe(5);
    expect(a.communities.map((c) => c.name)).toEqual(['Garden']);
    expect(a.departments).toEqual([
      {
        kind: 'DEPARTMENT',
        name: 'Engineering',
        people: 2,
        creators: 1,
        contributors: 1,
        readers: 0,
      },
      expect.objectContaining({ name: expect.stringMatching(/^sales$/i), readers: 2 }),
      expect.objectContaining({ name: 'Legal', readers: 1 }),
      expect.objectContaining({ kind: 'NONE', creators: 1 }),
    ]);
    expect(a.openness).toEqual({
      posts: 2,
      restrictedPosts: 0,
      questions: 2,
      restrictedQuestions: 0,
    });
    // Both filters: only the department's people, only in the community.
    const both = await filtered(people.ana, { communityId: ids.garden, department: 'engineering' });
    expect(both.totals).toEqual({ posts: 2, questions: 2, replies: 1, likes: 1, activePeople: 2 });
  });

  it('refuses an unknown department, and an unknown or hidden community alike, without naming it', async () => {
    const unknownDepartment = await people.ana.request(FILTERED, {
      i: { department: 'Marketing' },
    });
    expect(errorCode(unknownDepartment)).toBe('BAD_USER_INPUT');
    expect(unknownDepartment.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.department', message: 'Unknown department.' },
    ]);
    const answers = [];
    for (const communityId of [ids.vault, ids.q1, 'not-an-id']) {
      const res = await people.ana.request(FILTERED, { i: { communityId } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.data).toBeNull();
      answers.push(res.errors?.[0].extensions?.fields);
    }
    // The hidden community's answer is word for word the unknown one's.
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual(answers[2]);
    expect(JSON.stringify(answers)).not.toContain('CANARY-R');
    // A member (fay, an admin too) may filter by it.
    const member = await filtered(people.fay, { communityId: ids.vault });
    expect(member.community).toEqual({ name: 'CANARY-R-vault' });
    expect(member.openness).toMatchObject({ posts: 2, restrictedPosts: 2 });
    // A non-admin learns nothing, not even whether the filter is valid.
    const outsider = await people.cy.request(FILTERED, { i: { department: 'Marketing' } });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
  });

  it('exports filtered tables, and refuses a hidden community in the CSV too', async () => {
    const departments = await csv(people.ana, 'departments.csv?department=engineering');
    expect(departments.text.trim().split('\n')).toHaveLength(3);
    expect(departments.text).toContain('\nEngineering,2,2,0,0,2,1\n');
    const hidden = await csv(people.ana, `communities.csv?communityId=${ids.vault}`);
    expect(hidden.status).toBe(400);
    expect(hidden.text).not.toContain('CANARY-R');
    const garden = await csv(people.ana, `openness.csv?communityId=${ids.garden}`);
    expect(garden.text).toContain('\nposts,2,0,2,1\n');
  });
});
