import { CommunitiesModule } from '@outloud/communities';
import { ExpertiseModule } from '@outloud/expertise';
import { IdentityModule, InstanceSettingsService } from '@outloud/identity';
import { NotificationsModule } from '@outloud/notifications';
import { Clock, OutboxService } from '@outloud/server-core';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  signUpPerson,
  TestApp,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { RoutingModule, RoutingService } from '../index';

const PASSWORD = 'correct horse battery';
const at = (iso: string) => new Date(iso);

/**
 * Routing against real PostgreSQL with a fake clock: the org time zone and working days decide
 * when a question is offered; the per-day cap, opt-out and the access policy decide to whom.
 */
describe('routing unanswered questions', () => {
  let t: TestApp;
  let routing: RoutingService;
  let clock: jest.SpyInstance<Date, []>;
  let vault: string;
  const people: Record<string, { client: GraphqlClient; id: string }> = {};
  const as = (handle: string) => people[handle].client;
  const handleOf = (id: string) => Object.keys(people).find((h) => people[h].id === id);

  async function ask(handle: string, body: string, askedAt: string, communityId?: string) {
    const data = await as(handle).ok<{ createPost: { id: string } }>(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body, isQuestion: true, ...(communityId ? { communityId } : {}) } },
    );
    const id = data.createPost.id;
    // The question was asked at `askedAt` (routing reads the post's time when it follows it).
    await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [id, askedAt]);
    clock.mockReturnValue(at(askedAt));
    await t.drainOutbox();
    return id;
  }
  async function reply(handle: string, postId: string, body: string) {
    await as(handle).ok(
      `mutation ($p: ID!, $input: ReplyInput!) { createReply(postId: $p, input: $input) { id } }`,
      { p: postId, input: { body } },
    );
  }
  /** The people a question was offered to, by handle, in offer order. */
  const offeredTo = async (postId: string) =>
    (
      (await t.dataSource.query(
        `SELECT user_id FROM routing_offers WHERE post_id = $1 ORDER BY offered_at, user_id`,
        [postId],
      )) as { user_id: string }[]
    ).map((r) => handleOf(r.user_id));
  const tickAt = async (iso: string) => {
    clock.mockReturnValue(at(iso));
    const n = await routing.tick(at(iso));
    await t.drainOutbox();
    return n;
  };
  const routedTo = async (viewer: string, postId: string) =>
    (
      await as(viewer).ok<{ post: { routedTo: number | null } | null }>(
        `query ($id: ID!) { post(id: $id) { routedTo } }`,
        { id: postId },
      )
    ).post?.routedTo;
  const questionCards = async (handle: string) =>
    (
      await as(handle).ok<{
        notifications: {
          nodes: {
            type: string;
            postId: string;
            questionCount: number | null;
            actorCount: number;
          }[];
        };
      }>(`{ notifications(first: 50) { nodes { type postId questionCount actorCount } } }`)
    ).notifications.nodes.filter((n) => n.type === 'QUESTIONS_TO_ANSWER');
  const setSettings = (handle: string, input: Record<string, unknown>) =>
    as(handle).request(
      `mutation ($input: RoutingSettingsInput!) { setRoutingSettings(input: $input) {
         delayWorkingHours dailyCap peoplePerRound workingDays timeZone } }`,
      { input },
    );
  const clearOffers = () => t.dataSource.query(`DELETE FROM routing_questions`);

  beforeAll(async () => {
    t = await createTestApp({
      imports: [
        IdentityModule,
        CommunitiesModule,
        StreamModule,
        NotificationsModule,
        ExpertiseModule,
        RoutingModule,
      ],
    });
    routing = t.app.get(RoutingService);
    clock = jest.spyOn(t.app.get(Clock), 'now');
    // admin first (the first account is an admin); ana asks; the rest know about VPNs.
    for (const handle of ['boss', 'ana', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus', 'own', 'zed'])
      people[handle] = await signUpPerson(t, handle, { password: PASSWORD });

    // Evidence: bo, cy, dee, eve and fay answered VPN certificate questions (zed asked them).
    const vpn = [
      'How do I renew the VPN certificate on Windows?',
      'VPN certificate expired, how to renew it?',
      'Where is the VPN certificate renewal page?',
    ];
    const now = new Date();
    clock.mockReturnValue(now);
    for (const [i, body] of vpn.entries()) {
      const data = await as('zed').ok<{ createPost: { id: string } }>(
        `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { body, isQuestion: true } },
      );
      for (const handle of ['bo', 'cy', 'dee', 'eve', 'fay'].slice(0, 5 - i))
        await reply(
          handle,
          data.createPost.id,
          `Renew the VPN certificate in the portal (${handle}).`,
        );
    }
    // A restricted community: ana, own (its owner) and gus are members; the experts are not.
    [{ id: vault }] = await t.dataSource.query(
      `INSERT INTO communities (slug, name, type) VALUES ('vault', 'Vault', 'restricted') RETURNING id`,
    );
    for (const [handle, role] of [
      ['own', 'owner'],
      ['ana', 'member'],
      ['gus', 'member'],
    ])
      await t.dataSource.query(
        `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, $3, 'member')`,
        [vault, people[handle].id, role],
      );
    await t.drainOutbox();
  });

  afterAll(() => t?.close());
  afterEach(() => clearOffers());

  it('waits 4 working hours in UTC across a weekend, then offers it to 3 suggested experts', async () => {
    // Friday 15:00 UTC: 2 working hours on Friday, 2 more on Monday from 09:00.
    const q = await ask('ana', 'How can I renew my VPN certificate?', '2026-12-04T15:00:00Z');
    expect(await tickAt('2026-12-04T18:59:00Z')).toBe(0);
    expect(await tickAt('2026-12-05T12:00:00Z')).toBe(0); // Saturday
    expect(await tickAt('2026-12-07T10:59:00Z')).toBe(0); // Monday, one minute early
    expect(await tickAt('2026-12-07T11:00:00Z')).toBe(3);
    const first = await offeredTo(q);
    expect(first).toHaveLength(3);
    expect(first).not.toContain('ana');
    for (const handle of first) expect(['bo', 'cy', 'dee', 'eve', 'fay']).toContain(handle);

    // The asker sees how many, nobody else sees anything.
    expect(await routedTo('ana', q)).toBe(3);
    expect(await routedTo('bo', q)).toBeNull();
    // Each of them has one "questions you could answer" card for the day, linking the question.
    expect(await questionCards(first[0]!)).toEqual([
      expect.objectContaining({ postId: q, questionCount: 1, actorCount: 1 }),
    ]);

    // Still no reply 4 working hours later (Monday 15:00): the next suggested people.
    expect(await tickAt('2026-12-07T14:59:00Z')).toBe(0);
    expect(await tickAt('2026-12-07T15:00:00Z')).toBe(2);
    expect(new Set(await offeredTo(q)).size).toBe(5);
    expect(await routedTo('ana', q)).toBe(5);
  });

  it('follows the questions among a batch of new posts with one read of them all', async () => {
    const post = async (body: string, isQuestion: boolean) =>
      (
        await as('ana').ok<{ createPost: { id: string } }>(
          `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
          { input: { body, isQuestion } },
        )
      ).createPost.id;
    clock.mockReturnValue(new Date());
    const ids = [
      await post('Lunch is at noon today', false),
      await post('Who renews the VPN certificate?', true),
      await post('Slides from the all-hands are up', false),
    ];
    const query = jest.spyOn(t.dataSource, 'query');
    // As the worker's bulk lane runs them: claimed together, a batch per handler.
    const outbox = t.app.get(OutboxService);
    for (let jobs = await outbox.claim(100); jobs.length; jobs = await outbox.claim(100))
      await outbox.runBatch(jobs);
    const reads = query.mock.calls.filter(([sql]) => String(sql).includes('AS mentioned_ids'));
    query.mockRestore();
    expect(reads).toHaveLength(1);
    const followed = await t.dataSource.query(
      `SELECT post_id FROM routing_questions WHERE post_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(followed).toEqual([{ post_id: ids[1] }]);
  });

  it('stops once someone other than the asker replies (the asker replying does not count)', async () => {
    const q = await ask('ana', 'Renew the VPN certificate for the lab?', '2026-12-07T09:00:00Z');
    await reply('ana', q, 'Anyone? It expires tomorrow.');
    await t.drainOutbox();
    expect(await tickAt('2026-12-07T13:00:00Z')).toBe(3);
    await reply('gus', q, 'The portal does it.');
    await t.drainOutbox();
    expect(await tickAt('2026-12-08T13:00:00Z')).toBe(0);
    const [{ first_answer_at }] = await t.dataSource.query(
      `SELECT first_answer_at FROM routing_questions WHERE post_id = $1`,
      [q],
    );
    expect(first_answer_at).not.toBeNull();
  });

  it('counts working hours in the organisation time zone', async () => {
    await t.app
      .get(InstanceSettingsService)
      .setTimeZone(
        { id: people.boss.id, handle: 'boss', role: 'ADMIN' as never, sessionId: '' },
        'America/New_York',
      );
    try {
      // Friday 20:00 UTC = 15:00 in New York: 2h Friday, 2h Monday from 09:00 New York (14:00 UTC).
      const q = await ask('ana', 'VPN certificate renewal from New York?', '2026-12-04T20:00:00Z');
      expect(await tickAt('2026-12-07T11:00:00Z')).toBe(0); // would be due in UTC
      expect(await tickAt('2026-12-07T15:59:00Z')).toBe(0);
      expect(await tickAt('2026-12-07T16:00:00Z')).toBe(3);
      expect(await offeredTo(q)).toHaveLength(3);
    } finally {
      await t.dataSource.query(`DELETE FROM instance_settings WHERE key = 'timeZone'`);
    }
  });

  it('offers each person at most 3 routed questions a day, grouped into one notification', async () => {
    const questions: string[] = [];
    for (const n of [1, 2, 3, 4, 5])
      questions.push(
        await ask('ana', `VPN certificate question number ${n}?`, '2026-12-08T09:00:00Z'),
      );
    await tickAt('2026-12-08T13:00:00Z');
    const counts: Record<string, number> = {};
    for (const q of questions)
      for (const h of await offeredTo(q)) counts[h!] = (counts[h!] ?? 0) + 1;
    for (const n of Object.values(counts)) expect(n).toBeLessThanOrEqual(3);
    // 5 people × 3 = 15 asks that day at most; every question got some until the cap ran out.
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15);
    const busiest = Object.keys(counts).find((h) => counts[h] === 3)!;
    const cards = (await questionCards(busiest)).filter((c) => questions.includes(c.postId));
    expect(cards).toEqual([expect.objectContaining({ questionCount: 3, actorCount: 1 })]);
    // The next day they have room again.
    const next = await ask('ana', 'One more VPN certificate question?', '2026-12-09T09:00:00Z');
    await tickAt('2026-12-09T13:00:00Z');
    expect(await offeredTo(next)).toHaveLength(3);
  });

  it('never offers a question to someone who opted out', async () => {
    for (const handle of ['bo', 'cy'])
      await as(handle).ok(
        `mutation { setNotificationPreference(type: QUESTIONS_TO_ANSWER, enabled: false) { enabled } }`,
      );
    try {
      const q = await ask('ana', 'Renew VPN certificate on a Mac?', '2026-12-10T09:00:00Z');
      await tickAt('2026-12-10T13:00:00Z');
      await tickAt('2026-12-10T17:00:00Z');
      const offered = await offeredTo(q);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered).not.toContain('bo');
      expect(offered).not.toContain('cy');
    } finally {
      for (const handle of ['bo', 'cy'])
        await as(handle).ok(
          `mutation { setNotificationPreference(type: QUESTIONS_TO_ANSWER, enabled: true) { enabled } }`,
        );
    }
  });

  it('offers a restricted community’s question to members only, then its owners', async () => {
    const q = await ask(
      'ana',
      'Renew the VPN certificate in the vault?',
      '2026-12-11T09:00:00Z',
      vault,
    );
    // The VPN experts are not members: only gus (a member who answered about VPNs) is suggested.
    await tickAt('2026-12-11T13:00:00Z');
    expect(await offeredTo(q)).toEqual(['gus']);
    // 4 working hours later the second expert round finds nobody else: the owner is asked.
    await tickAt('2026-12-11T17:00:00Z');
    expect(await offeredTo(q)).toEqual(['gus', 'own']);
    expect(await routedTo('ana', q)).toBe(2);
    expect(await routedTo('gus', q)).toBeNull();
    for (const outsider of ['bo', 'cy', 'dee', 'eve', 'fay'])
      expect(await questionCards(outsider)).not.toContainEqual(
        expect.objectContaining({ postId: q }),
      );
    expect(await questionCards('own')).toContainEqual(expect.objectContaining({ postId: q }));
  });

  it('re-offers what waited on someone who left: their routing asks and their unanswered mentions', async () => {
    const q = await ask('ana', 'Renew VPN certificate for contractors?', '2026-12-14T09:00:00Z');
    await tickAt('2026-12-14T13:00:00Z');
    const [leaver] = await offeredTo(q);
    const mention = await ask(
      'gus',
      `@${leaver} do you know how the VPN certificate is renewed for guests?`,
      '2026-12-14T13:30:00Z',
    );
    clock.mockReturnValue(at('2026-12-14T14:00:00Z'));
    await as('boss').ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
      id: people[leaver!].id,
    });
    await t.drainOutbox();
    expect(await tickAt('2026-12-14T14:01:00Z')).toBeGreaterThanOrEqual(2);
    // A new round of suggested people (the leaver was one of three asked).
    const reoffered = await offeredTo(q);
    expect(reoffered).toHaveLength(6);
    expect(reoffered.slice(3)).not.toContain(leaver);
    const forMention = await offeredTo(mention);
    expect(forMention.length).toBeGreaterThan(0);
    expect(forMention).not.toContain(leaver);
    expect(forMention).not.toContain('gus');
    const reasons = await t.dataSource.query(
      `SELECT DISTINCT reason FROM routing_offers WHERE post_id = ANY($1::uuid[]) AND offered_at = $2`,
      [[q, mention], at('2026-12-14T14:01:00Z')],
    );
    expect(reasons).toEqual([{ reason: 'handover' }]);
  });

  it('refuses settings out of range with BAD_USER_INPUT, and non-admins', async () => {
    expect(errorCode(await setSettings('boss', { delayWorkingHours: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setSettings('boss', { delayWorkingHours: 41 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setSettings('boss', { dailyCap: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setSettings('boss', { dailyCap: 21 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setSettings('boss', { workingDays: [] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setSettings('boss', { workdayStartHour: 17, workdayEndHour: 9 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await setSettings('ana', { dailyCap: 5 }))).toBe('FORBIDDEN');
    const ok = await setSettings('boss', { dailyCap: 5, delayWorkingHours: 2 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({
      setRoutingSettings: {
        delayWorkingHours: 2,
        dailyCap: 5,
        peoplePerRound: 3,
        workingDays: [1, 2, 3, 4, 5],
        timeZone: 'UTC',
      },
    });
    // A question asked now waits 2 working hours.
    const q = await ask('ana', 'Quick VPN certificate question?', '2026-12-15T09:00:00Z');
    expect(await tickAt('2026-12-15T11:00:00Z')).toBe(3);
    expect(await offeredTo(q)).toHaveLength(3);
  });

  it('shows admins answer rate, time to first answer and mentions of suggested people, routed versus not', async () => {
    await clearOffers();
    const text = 'how do I renew the VPN certificate on Linux?';
    const { suggestedExperts } = await as('ana').ok<{
      suggestedExperts: { user: { handle: string } }[];
    }>(`query ($d: String!) { suggestedExperts(draft: $d) { user { handle } } }`, { d: text });
    const expert = suggestedExperts[0].user.handle;
    const answered = await ask('ana', `@${expert} ${text}`, '2026-12-16T09:00:00Z');
    await ask('ana', `@zed ${text}`, '2026-12-16T09:00:00Z');
    await reply(expert, answered, 'Same portal, Linux tab.');
    await t.drainOutbox();
    await ask('ana', `Nobody knows this one: ${text}`, '2026-12-16T09:00:00Z');
    await tickAt('2026-12-16T13:00:00Z');
    const res = await as('boss').ok<{
      routingOutcomes: {
        routed: boolean;
        questions: number;
        answered: number;
        medianHoursToFirstAnswer: number | null;
        mentionedSuggested: number;
      }[];
    }>(
      `{ routingOutcomes(days: 365) { routed questions answered medianHoursToFirstAnswer mentionedSuggested } }`,
    );
    expect(res.routingOutcomes).toEqual([
      expect.objectContaining({ routed: false, questions: 1, answered: 1, mentionedSuggested: 1 }),
      expect.objectContaining({ routed: true, questions: 2, answered: 0, mentionedSuggested: 0 }),
    ]);
    expect(errorCode(await as('ana').request(`{ routingOutcomes { routed } }`))).toBe('FORBIDDEN');
  });
});
