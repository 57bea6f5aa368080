import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Reports, the review queue and moderators' decisions through the real API on real
 * PostgreSQL: every action, every refusal of the issue, and that refusals write nothing.
 */

const PASSWORD = 'correct horse battery';
type Who = 'admin' | 'mod' | 'owner' | 'author' | 'ana' | 'bo' | 'cy' | 'dee';
const people = {} as Record<Who, GraphqlClient>;
const ids = {} as Record<Who, string>;
let t: TestApp;
let restrictedId: string;

const REPORT = `mutation ($i: ReportContentInput!) { reportContent(input: $i) { id reason note created } }`;
const QUEUE = `{ moderationQueue(first: 50) { nodes { id targetType targetId state reportCount
  reasons { reason count } notes { reason note } author { handle }
  authorHistory { everHidden stillHidden deleted } post { id body } reply { id body } reviewRequestedAt } }
  moderationQueueCount }`;
const POST_VIEW = `query ($id: ID!) { post(id: $id) { id body moderation { state reason automatic reviewRequestedAt itemId } } }`;

interface QueueItem {
  id: string;
  targetType: string;
  targetId: string;
  state: string;
  reportCount: number;
  reasons: { reason: string; count: number }[];
  notes: { reason: string; note: string }[];
  author: { handle: string };
  authorHistory: { everHidden: number; stillHidden: number; deleted: number };
  post: { id: string; body: string } | null;
  reply: { id: string; body: string } | null;
  reviewRequestedAt: string | null;
}

/** "admin" and "mod" are reserved handles. */
const handleOf = (who: Who) => ({ admin: 'chief', mod: 'moira' })[who as string] ?? who;

async function signUp(who: Who): Promise<void> {
  const c = t.client();
  const handle = handleOf(who);
  const data = await c.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  people[who] = c;
  ids[who] = data.signUp.viewer.id;
}

async function post(who: Who, body: string, communityId?: string): Promise<string> {
  const data = await people[who].ok<{ createPost: { id: string } }>(
    `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
    { i: { body, communityId } },
  );
  return data.createPost.id;
}

function report(
  who: Who,
  targetId: string,
  reason = 'ABUSIVE',
  note?: string,
  targetType = 'POST',
) {
  return people[who].request<{ reportContent: { id: string; created: boolean } }>(REPORT, {
    i: { targetType, targetId, reason, note },
  });
}

async function queue(who: Who): Promise<{ items: QueueItem[]; count: number | null }> {
  const data = await people[who].ok<{
    moderationQueue: { nodes: QueueItem[] };
    moderationQueueCount: number | null;
  }>(QUEUE);
  return { items: data.moderationQueue.nodes, count: data.moderationQueueCount };
}

async function itemOf(targetId: string): Promise<QueueItem> {
  const item = (await queue('admin')).items.find((i) => i.targetId === targetId);
  if (!item) throw new Error(`${targetId} is not in the queue`);
  return item;
}

const seesPost = async (who: Who, id: string) =>
  (await people[who].ok<{ post: { body: string } | null }>(POST_VIEW, { id })).post !== null;

/** Every table a refusal must leave alone. */
async function writes() {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM moderation_items)::int AS items,
            (SELECT count(*) FROM moderation_reports)::int AS reports,
            (SELECT string_agg(id || reason || coalesce(note, '') || status, ',' ORDER BY id) FROM moderation_reports) AS report_rows,
            (SELECT count(*) FROM moderation_decisions)::int AS decisions,
            (SELECT string_agg(id || state || coalesce(hidden_reason, ''), ',' ORDER BY id) FROM moderation_items) AS item_rows,
            (SELECT count(*) FROM audit_entries)::int AS audit,
            (SELECT count(*) FROM outbox_jobs)::int AS jobs`,
  );
  return row;
}

async function notificationsOf(who: Who) {
  await t.drainOutbox();
  const data = await people[who].ok<{
    notifications: {
      nodes: {
        type: string;
        postId: string | null;
        moderation: {
          outcome: string;
          reason: string | null;
          automatic: boolean;
          targetId: string;
        } | null;
      }[];
    };
  }>(
    `{ notifications(first: 50) { nodes { type postId moderation { outcome reason automatic targetType targetId } } } }`,
  );
  return data.notifications.nodes;
}

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-moderation-')) },
  });
  for (const who of ['admin', 'mod', 'owner', 'author', 'ana', 'bo', 'cy', 'dee'] as const)
    await signUp(who);
  await people.admin.ok(
    `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
    {
      id: ids.mod,
    },
  );
  const { createCommunity } = await people.owner.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Board room", slug: "board-room", type: RESTRICTED }) { id } }`,
  );
  restrictedId = createCommunity.id;
  for (const who of ['author', 'ana'] as const) {
    await people.owner.ok(
      `mutation ($id: ID!, $h: String!) { inviteToCommunity(communityId: $id, handle: $h) { state } }`,
      { id: restrictedId, h: who },
    );
    await people[who].ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
      id: restrictedId,
    });
  }
});
afterAll(() => t?.close());

describe('reports', () => {
  it('thanks the reporter, and a second report by the same person updates the first', async () => {
    const id = await post('author', 'You are all idiots.');
    const first = await report('ana', id, 'ABUSIVE');
    expect(first.data?.reportContent.created).toBe(true);
    const again = await report('ana', id, 'PERSONAL_ATTACK', 'Aimed at the sales team.');
    expect(again.data?.reportContent).toMatchObject({
      id: first.data?.reportContent.id,
      created: false,
    });
    const rows = await t.dataSource.query(
      `SELECT reason, note FROM moderation_reports r JOIN moderation_items i ON i.id = r.item_id
        WHERE i.target_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ reason: 'personal_attack', note: 'Aimed at the sales team.' }]);
    const item = await itemOf(id);
    expect(item).toMatchObject({
      reportCount: 1,
      reasons: [{ reason: 'PERSONAL_ATTACK', count: 1 }],
      notes: [{ reason: 'PERSONAL_ATTACK', note: 'Aimed at the sales team.' }],
      author: { handle: 'author' },
      post: { id, body: 'You are all idiots.' },
      state: 'VISIBLE',
    });
  });

  it('answers NOT_FOUND, as for a missing id, for content the reporter cannot see, and writes nothing', async () => {
    const secret = await post('author', 'Merger code name: Bluebird', restrictedId);
    const before = await writes();
    const hidden = await report('bo', secret);
    const missing = await report('bo', randomUUID());
    const garbage = await report('bo', 'not-an-id');
    for (const res of [hidden, missing, garbage]) expect(errorCode(res)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['an unknown reason', { reason: 'BORING' }],
    ['an over-long note', { reason: 'OTHER', note: 'x'.repeat(1001) }],
    ['"other" without a note', { reason: 'OTHER', note: '   ' }],
    ['an unknown kind of content', { targetType: 'POLL' }],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_label, change) => {
    const id = await post('author', 'A perfectly fine update.');
    const before = await writes();
    const res = await people.bo.request(REPORT, {
      i: { targetType: 'POST', targetId: id, reason: 'SPAM', ...change },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await writes()).toEqual(before);
  });

  it('refuses reporting one’s own content', async () => {
    const id = await post('bo', 'My own words.');
    const before = await writes();
    expect(errorCode(await report('bo', id))).toBe('BAD_USER_INPUT');
    expect(await writes()).toEqual(before);
  });

  it('reports replies, files and profiles as well as posts', async () => {
    const postId = await post('author', 'Question about the offsite?');
    const { createReply } = await people.author.ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!) { createReply(postId: $p, input: { body: "Only losers go." }) { id } }`,
      { p: postId },
    );
    expect(
      (await report('cy', createReply.id, 'ABUSIVE', undefined, 'REPLY')).errors,
    ).toBeUndefined();
    expect((await report('cy', ids.author, 'SPAM', undefined, 'PROFILE')).errors).toBeUndefined();
    const reply = await itemOf(createReply.id);
    expect(reply).toMatchObject({
      targetType: 'REPLY',
      post: { id: postId },
      reply: { id: createReply.id },
    });
    expect((await itemOf(ids.author)).targetType).toBe('PROFILE');
  });
});

describe('the review queue', () => {
  it('is FORBIDDEN to members, whose badge is null', async () => {
    const res = await people.bo.request(QUEUE);
    expect(errorCode(res)).toBe('FORBIDDEN');
    const badge = await people.bo.ok<{ moderationQueueCount: number | null }>(
      `{ moderationQueueCount }`,
    );
    expect(badge.moderationQueueCount).toBeNull();
  });

  it('lists items oldest first, one row per item, with the count as its badge', async () => {
    const { items, count } = await queue('mod');
    expect(count).toBe(items.length);
    const times = await t.dataSource.query(
      `SELECT id FROM moderation_items WHERE queued_at IS NOT NULL ORDER BY queued_at, id`,
    );
    expect(items.map((i) => i.id)).toEqual(
      times.map((r: { id: string }) => r.id).filter((id: string) => items.some((i) => i.id === id)),
    );
    expect(new Set(items.map((i) => i.targetId)).size).toBe(items.length);
  });

  it('shows a restricted community’s items to its owner, and not to a site moderator outside it', async () => {
    const secret = await post('author', 'Nobody here knows what they are doing.', restrictedId);
    expect((await report('ana', secret)).errors).toBeUndefined();
    const asOwner = await queue('owner');
    expect(asOwner.items.map((i) => i.targetId)).toEqual([secret]);
    expect(asOwner.count).toBe(1);
    expect((await queue('mod')).items.map((i) => i.targetId)).not.toContain(secret);
    const itemId = asOwner.items[0].id;
    const before = await writes();
    const res = await people.mod.request(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Rude") { state } }`,
      { id: itemId },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await writes()).toEqual(before);
    const hidden = await people.owner.ok<{ hideContent: { state: string } }>(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Keep it kind in here.") { state } }`,
      { id: itemId },
    );
    expect(hidden.hideContent.state).toBe('HIDDEN');
    expect(await seesPost('ana', secret)).toBe(false);
    expect(await seesPost('owner', secret)).toBe(true);
  });

  it('lets a community owner act only on their communities’ content', async () => {
    const id = await post('author', 'Public rant about parking.');
    await report('ana', id);
    const item = await itemOf(id);
    const before = await writes();
    for (const who of ['owner', 'bo'] as const) {
      const res = await people[who].request(
        `mutation ($id: ID!) { hideContent(itemId: $id, reason: "No") { state } }`,
        { id: item.id },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await writes()).toEqual(before);
  });
});

describe('hiding, restoring, dismissing, deleting', () => {
  it('hides with a reason: everyone but the author and moderators loses it; the author is told why', async () => {
    const id = await post('author', 'The CFO is a fraud, here is her salary: ...');
    await report('bo', id, 'CONFIDENTIAL');
    const item = await itemOf(id);
    const res = await people.mod.ok<{ hideContent: { state: string } }>(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Salaries are confidential.") { state } }`,
      { id: item.id },
    );
    expect(res.hideContent.state).toBe('HIDDEN');
    expect(await seesPost('bo', id)).toBe(false);
    expect(await seesPost('cy', id)).toBe(false);
    expect(await seesPost('mod', id)).toBe(true);
    const asAuthor = await people.author.ok<{
      post: { moderation: { state: string; reason: string } };
    }>(POST_VIEW, { id });
    expect(asAuthor.post.moderation).toMatchObject({
      state: 'HIDDEN',
      reason: 'Salaries are confidential.',
    });
    // A page of cards (the author's board) knows which of its posts are hidden: the same state
    // for this one, null for a visible one, as the moderator sees them too.
    const visible = await post('author', 'A visible post beside the hidden one');
    for (const who of ['author', 'mod'] as const) {
      const board = await people[who].ok<{
        user: {
          board: { nodes: { id: string; moderation: { state: string; reason: string } | null }[] };
        };
      }>(
        `query ($h: String!) { user(handle: $h) { board(first: 50) { nodes { id moderation { state reason } } } } }`,
        { h: handleOf('author') },
      );
      const card = (postId: string) => board.user.board.nodes.find((n) => n.id === postId);
      expect({ who, hidden: card(id)?.moderation, visible: card(visible)?.moderation }).toEqual({
        who,
        hidden: { state: 'HIDDEN', reason: 'Salaries are confidential.' },
        visible: null,
      });
    }
    const [row] = await t.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [id]);
    expect(row.body).toContain('fraud'); // stays in the database
    expect((await queue('mod')).items.map((i) => i.targetId)).not.toContain(id);
    const authorHears = (await notificationsOf('author')).find(
      (n) => n.type === 'CONTENT_HIDDEN' && n.moderation?.targetId === id,
    );
    expect(authorHears?.moderation).toMatchObject({
      outcome: 'HIDDEN',
      reason: 'Salaries are confidential.',
      automatic: false,
    });
    const reporterHears = (await notificationsOf('bo')).find(
      (n) => n.type === 'REPORT_RESOLVED' && n.moderation?.targetId === id,
    );
    expect(reporterHears?.moderation).toMatchObject({ outcome: 'HIDDEN', reason: null });
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, reason, before, after FROM audit_entries
        WHERE action = 'moderation.post.hidden' AND target_id = $1`,
      [id],
    );
    expect(audit).toMatchObject({
      actor_id: ids.mod,
      reason: 'Salaries are confidential.',
      before: { state: 'visible' },
      after: { state: 'hidden', reportsClosed: 1 },
    });

    // Hiding what is already hidden changes nothing.
    const before = await writes();
    await people.mod.ok(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Again") { state } }`,
      {
        id: item.id,
      },
    );
    expect(await writes()).toEqual(before);
  });

  it('lets the author edit and ask for review; a moderator restores it for everyone', async () => {
    const id = await post('author', 'Marketing are clowns.');
    await report('cy', id);
    const { id: itemId } = await itemOf(id);
    await people.mod.ok(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Personal attack on a team.") { state } }`,
      { id: itemId },
    );
    // Someone else cannot ask for the review (nor see the item).
    const byOther = await people.cy.request(
      `mutation ($id: ID!) { requestModerationReview(itemId: $id) { state } }`,
      { id: itemId },
    );
    expect(errorCode(byOther)).toBe('NOT_FOUND');
    await people.author.ok(
      `mutation ($id: ID!) { editPost(id: $id, input: { body: "I disagree with marketing's plan." }) { id } }`,
      { id },
    );
    const asked = await people.author.ok<{
      requestModerationReview: { reviewRequestedAt: string };
    }>(
      `mutation ($id: ID!) { requestModerationReview(itemId: $id, note: "Reworded it.") { reviewRequestedAt } }`,
      { id: itemId },
    );
    expect(asked.requestModerationReview.reviewRequestedAt).toBeTruthy();
    expect((await itemOf(id)).reviewRequestedAt).toBeTruthy();
    await people.mod.ok(`mutation ($id: ID!) { restoreContent(itemId: $id) { state } }`, {
      id: itemId,
    });
    expect(await seesPost('cy', id)).toBe(true);
    const notices = await notificationsOf('author');
    expect(notices.some((n) => n.type === 'CONTENT_RESTORED')).toBe(true);
    const [entry] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'moderation.post.restored' AND target_id = $1`,
      [id],
    );
    expect(entry.n).toBe(1);
  });

  it('holds an item reported by three different people, never a moderator’s', async () => {
    const id = await post('author', 'Buy cheap watches at example.com');
    const modPost = await post('mod', 'Reminder: be kind.');
    for (const who of ['ana', 'bo', 'cy'] as const) {
      await report(who, id, 'SPAM');
      await report(who, modPost, 'SPAM');
    }
    expect(await seesPost('dee', id)).toBe(false);
    expect(await seesPost('dee', modPost)).toBe(true);
    const asAuthor = await people.author.ok<{
      post: { moderation: { state: string; automatic: boolean } };
    }>(POST_VIEW, { id });
    expect(asAuthor.post.moderation).toMatchObject({ state: 'HELD', automatic: true });
    const held = (await notificationsOf('author')).find(
      (n) => n.type === 'CONTENT_HIDDEN' && n.moderation?.automatic,
    );
    expect(held).toBeTruthy();
    const [audit] = await t.dataSource.query(
      `SELECT actor_type FROM audit_entries WHERE action = 'moderation.post.held' AND target_id = $1`,
      [id],
    );
    expect(audit.actor_type).toBe('system');
    // Dismissing the reports releases the hold.
    const item = await itemOf(id);
    expect(item.state).toBe('HELD');
    await people.mod.ok(`mutation ($id: ID!) { dismissReports(itemId: $id) { state } }`, {
      id: item.id,
    });
    expect(await seesPost('dee', id)).toBe(true);
    const outcomes = (await notificationsOf('ana')).filter(
      (n) => n.type === 'REPORT_RESOLVED' && n.moderation?.outcome === 'DISMISSED',
    );
    expect(outcomes.length).toBeGreaterThan(0);
  });

  it('deletes with a tombstone; the author history counts it', async () => {
    const id = await post('author', 'Leaked: Q3 numbers attached.');
    await report('dee', id, 'CONFIDENTIAL');
    const item = await itemOf(id);
    expect(item.authorHistory.everHidden).toBeGreaterThan(0);
    await people.admin.ok(
      `mutation ($id: ID!) { deleteContent(itemId: $id, reason: "Confidential figures.") { state } }`,
      { id: item.id },
    );
    await t.drainOutbox();
    const [row] = await t.dataSource.query(`SELECT body, deleted_at FROM posts WHERE id = $1`, [
      id,
    ]);
    expect(row).toMatchObject({ body: '' });
    expect(row.deleted_at).not.toBeNull();
    const [revision] = await t.dataSource.query(
      `SELECT body, edited_by FROM post_revisions WHERE post_id = $1`,
      [id],
    );
    expect(revision).toEqual({ body: 'Leaked: Q3 numbers attached.', edited_by: ids.admin });
    expect((await notificationsOf('author')).some((n) => n.type === 'CONTENT_REMOVED')).toBe(true);
  });

  it('refuses members every moderator action, writing nothing', async () => {
    const id = await post('author', 'Another opinion.');
    await report('ana', id);
    const item = await itemOf(id);
    const before = await writes();
    for (const mutation of [
      `hideContent(itemId: $id, reason: "x") { id }`,
      `restoreContent(itemId: $id) { id }`,
      `dismissReports(itemId: $id) { id }`,
      `deleteContent(itemId: $id, reason: "x") { id }`,
    ]) {
      const res = await people.bo.request(`mutation ($id: ID!) { ${mutation} }`, { id: item.id });
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(errorCode(await people.bo.request(`{ auditLog { nodes { id } } }`))).toBe('FORBIDDEN');
    const empty = await people.mod.request(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "   ") { id } }`,
      { id: item.id },
    );
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(await writes()).toEqual(before);
  });
});

describe('the audit log', () => {
  const exportCsv = (who: Who, query = '') =>
    fetch(`${t.url}/audit-log/export.csv${query}`, {
      headers: { cookie: people[who].cookieHeader },
    });

  it('records every moderator action and exports it as CSV with formulas neutralised', async () => {
    const id = await post('author', 'Something to hide.');
    await report('ana', id);
    const item = await itemOf(id);
    await people.mod.ok(
      `mutation ($id: ID!, $r: String!) { hideContent(itemId: $id, reason: $r) { state } }`,
      { id: item.id, r: '=HYPERLINK("https://evil.example","click")' },
    );
    const res = await exportCsv('admin', '?actionPrefix=moderation.');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-/);
    const csv = await res.text();
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe(
      'occurredAt,actorType,actorLabel,actorId,action,targetType,targetId,reason,before,after,requestId,ipAddress',
    );
    expect(lines.every((l) => /,moderation\./.test(l))).toBe(true);
    const hidden = lines.find((l) => l.includes(id) && l.includes('moderation.post.hidden'))!;
    expect(hidden).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(hidden).toContain('moira');
  });

  it('filters by actor and time, refuses members, and bad dates', async () => {
    const byMod = await (await exportCsv('admin', '?actorLabel=MOIRA')).text();
    const rows = byMod.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => l.includes(',moira,'))).toBe(true);
    const future = await (await exportCsv('admin', '?since=2999-01-01')).text();
    expect(future.trim().split('\n')).toHaveLength(1);
    expect((await exportCsv('bo')).status).toBe(403);
    expect((await exportCsv('mod')).status).toBe(403);
    expect((await exportCsv('admin', '?since=yesterday')).status).toBe(400);
  });

  it('cannot be changed or deleted, even by the product’s own database role', async () => {
    await expect(
      t.dataSource.query(`UPDATE audit_entries SET reason = 'rewritten'`),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
  });
});
