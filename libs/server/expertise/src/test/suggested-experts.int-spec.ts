import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  keepsGenericPlans,
  numericOutputs,
  SentStatement,
  statementsSent,
  TestApp,
  signUpPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { Client, Pool } from 'pg';
import { ExpertiseModule, ExpertiseRepository } from '../index';

const PASSWORD = 'correct horse battery';
const EXPERTS = `query ($d: String!, $first: Int, $c: ID) {
  suggestedExperts(draft: $d, first: $first, communityId: $c) {
    user { handle } acceptedAnswers replies reason because { kind count topic lastAt }
  }
}`;
type Expert = {
  user: { handle: string };
  acceptedAnswers: number;
  replies: number;
  reason: string;
  because: { kind: string; count: number; topic: string; lastAt: string };
};

describe('suggested experts from the expertise model', () => {
  let t: TestApp;
  let restricted: string;
  const people: Record<string, { client: GraphqlClient; id: string }> = {};
  const as = (handle: string) => people[handle].client;
  const experts = async (handle: string, draft: string, first?: number, c?: string) =>
    (await as(handle).ok<{ suggestedExperts: Expert[] }>(EXPERTS, { d: draft, first, c }))
      .suggestedExperts;
  const handles = (list: Expert[]) => list.map((e) => e.user.handle);

  async function question(handle: string, body: string, extra: Record<string, unknown> = {}) {
    const data = await as(handle).ok<{ createPost: { id: string } }>(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body, isQuestion: true, ...extra } },
    );
    return data.createPost.id;
  }
  async function answer(handle: string, postId: string, body: string, acceptBy?: string) {
    const data = await as(handle).ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $input: ReplyInput!) { createReply(postId: $p, input: $input) { id } }`,
      { p: postId, input: { body } },
    );
    if (acceptBy)
      await as(acceptBy).ok(
        `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
        { p: postId, r: data.createReply.id },
      );
    return data.createReply.id;
  }
  const snapshot = async () => ({
    evidence: await t.dataSource.query(
      `SELECT source_type, source_id, topic, user_id, scope, kind, at FROM expertise_evidence
        ORDER BY source_type, source_id, topic`,
    ),
    topics: await t.dataSource.query(
      `SELECT user_id, topic, scope, accepted, liked_replies, replies, used_files, declared,
              round(weight::numeric, 9) AS weight, last_at
         FROM expertise_topics ORDER BY user_id, topic, scope`,
    ),
    // Kept by each write, not counted per read: the rebuild's recount must agree.
    people: await t.dataSource.query(
      `SELECT topic, scope, people FROM expertise_topic_people WHERE people <> 0 ORDER BY topic, scope`,
    ),
  });

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, StreamModule, ExpertiseModule],
      config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-expertise-')) },
    });
    for (const handle of ['ana', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal']) {
      people[handle] = await signUpPerson(t, handle, { password: PASSWORD });
    }
    // A restricted community: only dee and gus are members.
    [{ id: restricted }] = await t.dataSource.query(
      `INSERT INTO communities (slug, name, type) VALUES ('vault', 'Vault', 'restricted') RETURNING id`,
    );
    for (const handle of ['dee', 'gus'])
      await t.dataSource.query(
        `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, 'member', 'member')`,
        [restricted, people[handle].id],
      );

    const q1 = await question('ana', 'How do I renew the VPN certificate before it expires?');
    const q2 = await question('cy', 'VPN certificate expired on my laptop, how to renew it?');
    const q3 = await question('ana', 'Where do I renew an expired VPN certificate for the lab?');
    await answer('bo', q1, 'Use the IT portal: Certificates, then Renew.', 'ana');
    await answer('bo', q2, 'Same as last time: the IT portal renews it.', 'cy');
    await answer('cy', q1, 'I think the helpdesk can do it too.');
    await answer('fay', q3, 'Ask the lab admin to renew the VPN certificate.', 'ana');
    // Inside the restricted community: gus (the canary) answers, dee accepts.
    const secret = await question('dee', 'Renew the quasar gateway certificate? #quasar', {
      communityId: restricted,
    });
    await answer('gus', secret, 'The quasar gateway certificate renews itself.', 'dee');
    // An unrelated answered question.
    const lunch = await question('eve', 'Which canteen serves the best lunch on Fridays?');
    await answer('ana', lunch, 'The one on the third floor.', 'eve');
    await t.drainOutbox();
    // fay has left the company: her evidence stays, but nobody is pointed to her.
    await t.dataSource.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [
      people.fay.id,
    ]);
  });

  afterAll(() => t?.close());

  it("plans a draft's evidence and topic statements once, not on every draft (generic plans)", async () => {
    // The statements exactly as a draft sends them.
    const sent = jest.spyOn(Pool.prototype, 'query');
    let statements: SentStatement[];
    try {
      expect(handles(await experts('eve', 'How can I renew my VPN certificate?'))).toContain('bo');
      statements = sent.mock.calls
        .map(([q]) => q as unknown as SentStatement)
        .filter((q) => /WITH topics AS|SELECT DISTINCT ON \(v\.lexeme\)/.test(q.text ?? ''));
    } finally {
      sent.mockRestore();
    }
    expect(statements).toHaveLength(2);
    for (const s of statements) expect(s.name).toBeTruthy();
    // Run as the pool runs them, on a connection of our own. Both used to be planned on every call.
    expect(await keepsGenericPlans(t.db.url, statements)).toEqual([true, true]);
  });

  it("computes a draft's evidence in double precision, never in numeric (decision 0021)", async () => {
    const statements = await statementsSent('WITH topics AS', async () => {
      expect(handles(await experts('eve', 'How can I renew my VPN certificate?'))).toContain('bo');
    });
    expect(statements).toHaveLength(1);
    expect(await numericOutputs(t.db.url, statements[0])).toEqual([]);
  });

  it("sums a person's evidence weights in double precision, never in numeric (decision 0021)", async () => {
    const [statement] = await statementsSent('power(2::float8', async () => {
      const q = await question('eve', 'Which scanner reads the old slides?');
      await answer('hal', q, 'The scanner in the library.');
      await t.drainOutbox();
    });
    expect(statement).toBeTruthy();
    expect(await numericOutputs(t.db.url, statement)).toEqual([]);
  });

  it("sends the API the people it may show, not the draft's every piece of evidence", async () => {
    const draft = 'renew expired VPN certificate lab';
    const [statement] = await statementsSent('WITH topics AS', async () => {
      expect(await experts('eve', draft, 1)).toHaveLength(1);
    });
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      const { rows } = await client.query(statement.text!, statement.values);
      // One to show, and two in reserve for people deactivated since (SuggestedExpertsService).
      expect(rows.length).toBeLessThanOrEqual(3);
      // The evidence behind them: what the API used to read and rank itself.
      const { rows: evidence } = await client.query(
        `SELECT count(*)::int AS n FROM expertise_topics WHERE user_id <> $1`,
        [people.eve.id],
      );
      expect(evidence[0].n).toBeGreaterThan(3);
    } finally {
      await client.end();
    }
  });

  it('ranks people by their evidence, with the reason as data', async () => {
    const found = await experts('eve', 'How can I renew my VPN certificate?');
    expect(handles(found)).toEqual(['bo', 'cy']);
    expect(found[0].because).toMatchObject({ kind: 'ACCEPTED_ANSWERS', count: 2 });
    expect(['vpn', 'certificate', 'renew']).toContain(found[0].because.topic);
    expect(found[0].reason).toMatch(/^Answered 2 questions about \w+, last in /);
    expect(found[1].because).toMatchObject({ kind: 'REPLIES', count: 1 });
    // The evidence was written during this test: its time comes back as written, not as a
    // number read in the wrong unit.
    expect(Math.abs(Date.parse(found[0].because.lastAt) - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('never suggests someone for evidence in a restricted community the viewer cannot see', async () => {
    expect(handles(await experts('eve', 'quasar gateway certificate renew'))).not.toContain('gus');
    expect(handles(await experts('eve', '#quasar'))).toEqual([]);
    expect(handles(await experts('dee', 'quasar gateway certificate renew'))).toContain('gus');
  });

  it('suggests only people who may read the target community; one the asker cannot see gives nothing', async () => {
    const inside = await experts('dee', 'How can I renew my VPN certificate?', 5, restricted);
    // bo and cy are not members; gus is, and renewed a certificate in there.
    expect(handles(inside)).toEqual(['gus']);
    expect(handles(await experts('dee', 'quasar certificate', 5, restricted))).toEqual(['gus']);
    // An outsider asking about the restricted community: the same as a community that does not exist.
    expect(await experts('eve', 'quasar certificate', 5, restricted)).toEqual([]);
    expect(await experts('eve', 'quasar certificate', 5, randomUUID())).toEqual([]);
    expect(await experts('eve', 'quasar certificate', 5, 'not-an-id')).toEqual([]);
  });

  it('leaves out the viewer and deactivated people', async () => {
    expect(handles(await experts('bo', 'How can I renew my VPN certificate?'))).not.toContain('bo');
    const all = await experts('eve', 'renew expired VPN certificate lab', 10);
    expect(handles(all)).not.toContain('fay');
    // ana asked about VPN certificates: asking is not evidence.
    expect(handles(all)).not.toContain('ana');
  });

  it('answers empty drafts with nothing, takes 10 KB drafts, refuses bad page sizes', async () => {
    expect(await experts('eve', '')).toEqual([]);
    expect(await experts('eve', '   ')).toEqual([]);
    const long = `VPN certificate renew ${'lorem ipsum dolor '.repeat(600)}`;
    expect(long.length).toBeGreaterThan(10_000);
    expect(handles(await experts('eve', long))).toContain('bo');
    const res = await as('eve').request(EXPERTS, { d: 'renew the VPN certificate', first: 50 });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('follows likes, cleared answers and deleted replies through the outbox', async () => {
    const q = await question('eve', 'Which plotter prints the A0 posters?');
    const reply = await answer('hal', q, 'The plotter in room 4.');
    await t.drainOutbox();
    expect((await experts('ana', 'plotter posters'))[0].because.kind).toBe('REPLIES');
    await as('eve').ok(`mutation ($id: ID!) { likeReply(id: $id) { id } }`, { id: reply });
    await t.drainOutbox();
    expect((await experts('ana', 'plotter posters'))[0].because).toMatchObject({
      kind: 'LIKED_REPLIES',
      count: 1,
    });
    await as('eve').ok(
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      {
        p: q,
        r: reply,
      },
    );
    await t.drainOutbox();
    expect((await experts('ana', 'plotter posters'))[0].because.kind).toBe('ACCEPTED_ANSWERS');
    await as('eve').ok(`mutation ($p: ID!) { clearAcceptedAnswer(postId: $p) { id } }`, { p: q });
    await t.drainOutbox();
    expect((await experts('ana', 'plotter posters'))[0].because.kind).toBe('LIKED_REPLIES');
    await as('hal').ok(`mutation ($id: ID!) { deleteReply(id: $id) { id } }`, { id: reply });
    await t.drainOutbox();
    expect(await experts('ana', 'plotter posters')).toEqual([]);
  });

  it('counts self-declared expertise, weakest', async () => {
    await as('hal').ok(`mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`, {
      i: { expertise: ['Kubernetes'] },
    });
    await t.drainOutbox();
    const found = await experts('ana', 'Who knows kubernetes?');
    expect(handles(found)).toEqual(['hal']);
    expect(found[0].because).toMatchObject({ kind: 'DECLARED', topic: 'kubernetes' });
  });

  it('hidden content stops counting; a rebuild finds what the outbox kept', async () => {
    const [{ id: boReply }] = await t.dataSource.query(
      `SELECT r.id FROM replies r JOIN users u ON u.id = r.author_id WHERE u.handle = 'bo' LIMIT 1`,
    );
    await t.dataSource.query(
      `INSERT INTO moderation_items (target_type, target_id, author_id, state, hidden_at)
       VALUES ('reply', $1, $2, 'hidden', now())`,
      [boReply, people.bo.id],
    );
    await t.app.get(ExpertiseRepository).refresh('reply', [boReply]);
    const found = await experts('eve', 'How can I renew my VPN certificate?');
    expect(found[0].because).toMatchObject({ kind: 'ACCEPTED_ANSWERS', count: 1 });
    const incremental = await snapshot();
    await t.app.get(ExpertiseRepository).rebuildAll();
    expect(await snapshot()).toEqual(incremental);
  });

  it('is unavailable without a session', async () => {
    const res = await t
      .client()
      .request(EXPERTS, { d: `renew the VPN certificate ${randomUUID()}` });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
