import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { OutboxService } from '@outloud/server-core';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { AnalyticsModule, rebuildAnalytics, ReuseCounter } from '../index';

/**
 * Knowledge reuse: views and search clicks counted in memory and written in batches, with no
 * person; answered questions older than 30 days only; deleted and hidden questions out;
 * restricted questions the admin may not read only as counts (GraphQL and CSV); content gaps
 * above the threshold.
 */
const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
const ago = (days: number, plusMinutes = 0) =>
  new Date(Date.now() - days * DAY + plusMinutes * 60_000).toISOString();
const today = () => new Date().toISOString().slice(0, 10);

const REUSE = `query ($i: AnalyticsRangeInput) { adoptionAnalytics(input: $i) { knowledgeReuse {
  totals { views searchClicks questions } previousTotals { views searchClicks questions } change
  series { date views searchClicks }
  topQuestions { postId excerpt community { name } views searchClicks }
  hidden { questions views searchClicks }
  contentGaps { top { query searches } texts textsBelowThreshold minSearches emptySearches previousEmptySearches }
  departmentFilterApplies } } }`;

interface Reuse {
  totals: { views: number; searchClicks: number; questions: number };
  previousTotals: { views: number; searchClicks: number; questions: number };
  change: number | null;
  series: { date: string; views: number; searchClicks: number }[];
  topQuestions: {
    postId: string;
    excerpt: string;
    community: { name: string } | null;
    views: number;
    searchClicks: number;
  }[];
  hidden: { questions: number; views: number; searchClicks: number };
  contentGaps: {
    top: { query: string; searches: number }[];
    texts: number;
    textsBelowThreshold: number;
    minSearches: number;
    emptySearches: number;
    previousEmptySearches: number;
  };
  departmentFilterApplies: boolean;
}

let t: TestApp;
let counter: ReuseCounter;
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

async function question(c: GraphqlClient, body: string, communityId?: string) {
  const r = await c.ok<{ createPost: { id: string } }>(
    `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
    { i: { body, isQuestion: true, ...(communityId ? { communityId } : {}) } },
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

const use = (c: GraphqlClient, postId: string, via: 'VIEW' | 'SEARCH_CLICK' = 'VIEW') =>
  c.ok(`mutation ($p: ID!, $v: QuestionUseKind!) { recordQuestionUse(postId: $p, via: $v) }`, {
    p: postId,
    v: via,
  });
const searched = (c: GraphqlClient, query: string) =>
  c.ok(`mutation ($q: String!) { recordEmptySearch(query: $q) }`, { q: query });

async function read(c: GraphqlClient, input: Record<string, unknown> = {}) {
  const r = await c.ok<{ adoptionAnalytics: { knowledgeReuse: Reuse } }>(REUSE, { i: input });
  return r.adoptionAnalytics.knowledgeReuse;
}

async function csv(who: GraphqlClient, path: string) {
  const res = await fetch(`${who.baseUrl}/analytics/export/${path}`, {
    headers: { cookie: who.cookieHeader },
  });
  return { status: res.status, text: await res.text() };
}

const rowCount = async (table: string) =>
  Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  counter = t.app.get(ReuseCounter);
  // ana (the first account) is the admin; fay owns a restricted community ana is not in.
  for (const h of ['ana', 'bo', 'cy', 'dee', 'fay']) people[h] = await signUp(h);
  ids.garden = (
    await people.cy.ok<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "Garden", slug: "garden", type: OPEN }) { id } }`,
    )
  ).createCommunity.id;
  ids.vault = (
    await people.fay.ok<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "CANARY-RU-vault", slug: "canary-ru-vault", type: RESTRICTED }) { id } }`,
    )
  ).createCommunity.id;
  await people.fay.ok(
    `mutation ($id: ID!) { inviteToCommunity(communityId: $id, handle: "bo") { state } }`,
    { id: ids.vault },
  );
  await people.bo.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
    id: ids.vault,
  });

  const backdate = async (post: string, replyId: string | null, days: number) => {
    await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [post, ago(days)]);
    if (replyId)
      await t.dataSource.query(`UPDATE replies SET created_at = $2 WHERE id = $1`, [
        replyId,
        ago(days, 30),
      ]);
  };
  // Reused: asked 40 days ago in Garden, answered by bo half an hour later.
  ids.old = await question(people.cy, 'How do I prune *roses*?', ids.garden);
  await backdate(ids.old, await reply(people.bo, ids.old, 'In March'), 40);
  // Old, but only the asker replied: not answered, never reuse.
  ids.open = await question(people.cy, 'Who has the projector?');
  await backdate(ids.open, await reply(people.cy, ids.open, 'Still looking'), 40);
  // Answered but 10 days old: not yet reuse.
  ids.recent = await question(people.cy, 'Where is the new printer?');
  await backdate(ids.recent, await reply(people.dee, ids.recent, 'Floor 2'), 10);
  // Reused, in a restricted community ana is not in: a count only.
  ids.vaulted = await question(people.fay, 'CANARY-RU-secret merger plan?', ids.vault);
  await backdate(ids.vaulted, await reply(people.bo, ids.vaulted, 'Ask legal'), 50);
  // Reused, then deleted / hidden by moderation later: out of every figure.
  ids.deleted = await question(people.dee, 'Old question about lunch?');
  await backdate(ids.deleted, await reply(people.bo, ids.deleted, 'Noon'), 45);
  ids.hidden = await question(people.dee, 'Old question about parking?');
  await backdate(ids.hidden, await reply(people.bo, ids.hidden, 'Level -1'), 45);
  // An old post that is not a question.
  ids.note = (
    await people.cy.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Team lunch on Friday" }) { id } }`,
    )
  ).createPost.id;
  await backdate(ids.note, null, 40);
  await t.drainOutbox();
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, params) => tx.query(sql, params)));
});
afterAll(async () => {
  await t?.close();
});

describe('counting', () => {
  it('writes nothing on the request path: uses reach the table only when the buffer is flushed', async () => {
    await use(people.bo, ids.old);
    await use(people.dee, ids.old);
    await use(people.bo, ids.old); // bo again the same day: counted once
    await use(people.dee, ids.old, 'SEARCH_CLICK');
    for (const id of [ids.open, ids.recent, ids.note, ids.deleted, ids.hidden])
      await use(people.dee, id);
    await use(people.bo, ids.vaulted);
    await use(people.bo, ids.vaulted, 'SEARCH_CLICK');
    expect(await rowCount('analytics_question_reuse')).toBe(0);

    await counter.flush();
    const rows: { post_id: string; views: number; search_clicks: number }[] =
      await t.dataSource.query(
        `SELECT post_id, views, search_clicks FROM analytics_question_reuse ORDER BY views DESC, post_id`,
      );
    // Only answered questions older than 30 days: not the unanswered, recent or non-question ones.
    expect(rows).toEqual(
      expect.arrayContaining([
        { post_id: ids.old, views: 2, search_clicks: 1 },
        { post_id: ids.vaulted, views: 1, search_clicks: 1 },
        { post_id: ids.deleted, views: 1, search_clicks: 0 },
        { post_id: ids.hidden, views: 1, search_clicks: 0 },
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it('stores no person: no person column, and no person id in any value', async () => {
    const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_name IN ('analytics_question_reuse', 'analytics_search_gaps') ORDER BY 1, 2`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'analytics_question_reuse.day',
      'analytics_question_reuse.post_id',
      'analytics_question_reuse.search_clicks',
      'analytics_question_reuse.views',
      'analytics_search_gaps.day',
      'analytics_search_gaps.query',
      'analytics_search_gaps.searches',
    ]);
    await searched(people.bo, 'anything at all');
    await counter.flush();
    const stored = JSON.stringify(
      await t.dataSource.query(
        `SELECT row_to_json(r) FROM analytics_question_reuse r
         UNION ALL SELECT row_to_json(g) FROM analytics_search_gaps g`,
      ),
    );
    for (const h of ['ana', 'bo', 'cy', 'dee', 'fay']) expect(stored).not.toContain(ids[h]);
  });

  it('keeps the counts for the next flush when a write fails', async () => {
    await use(people.cy, ids.old);
    await t.dataSource.query(`ALTER TABLE analytics_question_reuse RENAME TO reuse_away`);
    try {
      await counter.flush();
    } finally {
      await t.dataSource.query(`ALTER TABLE reuse_away RENAME TO analytics_question_reuse`);
    }
    await counter.flush();
    const [row] = await t.dataSource.query(
      `SELECT views FROM analytics_question_reuse WHERE post_id = $1`,
      [ids.old],
    );
    expect(row.views).toBe(3);
  });

  it('refuses a malformed id, and anonymous callers', async () => {
    const res = await people.bo.request(
      `mutation { recordQuestionUse(postId: "nope", via: VIEW) }`,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const anonymous = await t
      .client()
      .request(`mutation ($p: ID!) { recordQuestionUse(postId: $p, via: VIEW) }`, { p: ids.old });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});

describe('the dashboard', () => {
  beforeAll(async () => {
    // Out after the uses were counted: deleted by its author, hidden by moderation.
    await people.dee.ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: ids.deleted });
    const outbox = t.app.get(OutboxService);
    await t.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO moderation_items (target_type, target_id, author_id, post_id, state, hidden_at)
         VALUES ('post', $1, $2, NULL, 'hidden', now())`,
        [ids.hidden, ids.dee],
      );
      await outbox.enqueue(tx, 'moderation.post.hidden', { postId: ids.hidden });
    });
    await t.drainOutbox();
    // The previous period had one view of the old question.
    await t.dataSource.query(
      `INSERT INTO analytics_question_reuse (day, post_id, views, search_clicks)
       VALUES (current_date - 40, $1, 2, 0)`,
      [ids.old],
    );
  });

  it('counts views and clicks of the period, deleted and hidden questions left out, with the trend', async () => {
    const k = await read(people.ana, { days: 30 });
    // old: 3 views + 1 click; vaulted: 1 + 1 (counted, not named).
    expect(k.totals).toEqual({ views: 4, searchClicks: 2, questions: 2 });
    expect(k.previousTotals).toEqual({ views: 2, searchClicks: 0, questions: 1 });
    expect(k.change).toBeCloseTo((6 - 2) / 2);
    expect(k.series).toHaveLength(30);
    expect(k.series.at(-1)).toEqual({ date: today(), views: 4, searchClicks: 2 });
    expect(k.departmentFilterApplies).toBe(false);
  });

  it('names only questions the admin may read; restricted ones are counts (GraphQL)', async () => {
    const res = await people.ana.request(REUSE, { i: { days: 30 } });
    const k = (res.data as { adoptionAnalytics: { knowledgeReuse: Reuse } }).adoptionAnalytics
      .knowledgeReuse;
    expect(k.topQuestions).toEqual([
      {
        postId: ids.old,
        excerpt: 'How do I prune roses?',
        community: { name: 'Garden' },
        views: 3,
        searchClicks: 1,
      },
    ]);
    expect(k.hidden).toEqual({ questions: 1, views: 1, searchClicks: 1 });
    expect(res.text).not.toContain('CANARY');
    expect(res.text).not.toContain(ids.vaulted);
  });

  it('names the restricted question to a member of its community who is an admin', async () => {
    await people.ana.ok(`mutation ($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }`, {
      u: ids.bo,
    });
    const k = await read(people.bo, { days: 30 });
    expect(k.topQuestions.map((q) => q.postId)).toEqual([ids.old, ids.vaulted]);
    expect(k.hidden.questions).toBe(0);
  });

  it('follows the community filter', async () => {
    const k = await read(people.ana, { days: 30, communityId: ids.garden });
    expect(k.totals).toEqual({ views: 3, searchClicks: 1, questions: 1 });
    expect(k.hidden.questions).toBe(0);
  });

  it('refuses non-admins (GraphQL and CSV)', async () => {
    const res = await people.cy.request(REUSE, { i: { days: 30 } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    for (const table of ['reuse', 'gaps']) {
      const out = await csv(people.cy, `${table}.csv?days=30`);
      expect({ table, status: out.status }).toEqual({ table, status: 403 });
    }
  });

  it('exports the most reused questions as CSV, restricted ones as one unnamed row', async () => {
    const out = await csv(people.ana, 'reuse.csv?days=30');
    expect(out.status).toBe(200);
    expect(out.text.split('\n').slice(0, 4)).toEqual([
      'question,community,views,searchClicks',
      'How do I prune roses?,Garden,3,1',
      '"Reused questions in restricted communities you are not a member of (counted, not shown): 1",,1,1',
      'All reused questions of the period: 2,,4,2',
    ]);
    expect(out.text).not.toContain('CANARY');
  });
});

describe('content gaps', () => {
  it('counts normalised texts once per person a day, and shows only those at the threshold', async () => {
    await searched(people.bo, 'VPN  on Mac');
    await searched(people.bo, 'vpn on mac'); // bo again: once
    await searched(people.cy, ' Vpn on MAC ');
    await searched(people.dee, 'vpn on mac');
    await searched(people.cy, 'salary of dee'); // two people only: never shown
    await searched(people.dee, 'Salary of Dee');
    for (const who of ['bo', 'cy', 'dee']) await searched(people[who], '=HYPERLINK("x")');
    await counter.flush();
    const { contentGaps } = await read(people.ana, { days: 7 });
    expect(contentGaps.top).toEqual([
      { query: '=hyperlink("x")', searches: 3 },
      { query: 'vpn on mac', searches: 3 },
    ]);
    // "anything at all" (one search, earlier) and the salary search stay below the threshold.
    expect(contentGaps).toMatchObject({
      texts: 2,
      textsBelowThreshold: 2,
      minSearches: 3,
      emptySearches: 9,
      previousEmptySearches: 0,
    });
    expect(JSON.stringify(contentGaps)).not.toContain('salary');
  });

  it('exports them as CSV with formulas neutralised and nothing below the threshold', async () => {
    const out = await csv(people.ana, 'gaps.csv?days=7');
    expect(out.status).toBe(200);
    expect(out.text).toContain(`"'=hyperlink(""x"")",3`);
    expect(out.text).toContain('vpn on mac,3');
    expect(out.text).toContain('Texts searched fewer than 3 times (not shown): 2,');
    expect(out.text).not.toContain('salary');
  });
});

describe('shutdown', () => {
  it('writes what a node counted when it shuts down', async () => {
    const node = await createTestApp({
      imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
      shareDatabaseOf: t,
    });
    const c = node.client();
    await c.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
      i: { login: 'fay', password: PASSWORD },
    });
    await use(c, ids.old, 'SEARCH_CLICK');
    const before = await t.dataSource.query(
      `SELECT search_clicks FROM analytics_question_reuse WHERE post_id = $1 AND day = current_date`,
      [ids.old],
    );
    await node.close();
    const after = await t.dataSource.query(
      `SELECT search_clicks FROM analytics_question_reuse WHERE post_id = $1 AND day = current_date`,
      [ids.old],
    );
    expect(after[0].search_clicks).toBe(before[0].search_clicks + 1);
  });
});
