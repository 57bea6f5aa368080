import { randomUUID } from 'node:crypto';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { SearchModule } from '../index';
import { EngineCase, postgresCase } from './engine-cases';
import { meiliCase } from './meili.engine-case';

// The same cases for every engine available: PostgreSQL always, Meilisearch when configured.
const ENGINES: EngineCase[] = [
  postgresCase,
  ...(process.env.MEILI_URL ? [meiliCase(process.env.MEILI_URL, process.env.MEILI_API_KEY)] : []),
];

const PASSWORD = 'correct horse battery';
const SEARCH = `query ($q: String!, $types: [SearchType!], $filters: SearchFilters, $first: Int, $after: String) {
  search(query: $q, types: $types, filters: $filters, first: $first, after: $after) {
    totalCount
    nodes { type score highlight highlights { field html } post { id body } user { id handle } }
    facets { types { value count } tags { value count } communities { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SearchData {
  search: {
    totalCount: number;
    nodes: {
      type: string;
      score: number;
      highlight: string | null;
      highlights: { field: string; html: string }[];
      post: { id: string; body: string } | null;
      user: { id: string; handle: string } | null;
    }[];
    facets: Record<'types' | 'tags' | 'communities', { value: string; count: number }[]>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe.each(ENGINES)('search contract on $name', (engine) => {
  let t: TestApp;
  const people: Record<string, { client: GraphqlClient; id: string }> = {};
  const posts: Record<string, string> = {};
  const canary = `CANARY-R-${randomUUID()}`;
  let communityId: string;

  const as = (handle: string) => people[handle].client;
  const search = async (handle: string, q: string, extra: Record<string, unknown> = {}) =>
    (await as(handle).ok<SearchData>(SEARCH, { q, ...extra })).search;
  const postIds = (r: SearchData['search']) => r.nodes.flatMap((n) => (n.post ? [n.post.id] : []));

  async function post(handle: string, body: string, extra: Record<string, unknown> = {}) {
    const data = await as(handle).ok<{ createPost: { id: string } }>(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body, ...extra } },
    );
    return data.createPost.id;
  }
  async function reply(handle: string, postId: string, body: string) {
    const data = await as(handle).ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $input: ReplyInput!) { createReply(postId: $p, input: $input) { id } }`,
      { p: postId, input: { body } },
    );
    return data.createReply.id;
  }

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, StreamModule, SearchModule],
      config: engine.config,
    });
    for (const handle of ['ana', 'bo', 'cy', 'dee', 'eve']) {
      const client = t.client();
      const data = await client.ok<{ signUp: { viewer: { id: string } } }>(
        `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
        {
          input: {
            handle,
            displayName: `${handle[0].toUpperCase()}${handle.slice(1)} Lindqvist`,
            email: `${handle}@corp.example`,
            password: PASSWORD,
          },
        },
      );
      people[handle] = { client, id: data.signUp.viewer.id };
    }
    // A restricted community with cy as its only member (rows written directly).
    [{ id: communityId }] = await t.dataSource.query(
      `INSERT INTO communities (slug, name, type) VALUES ('secret-lab', 'Secret lab', 'restricted') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, 'owner', 'member')`,
      [communityId, people.cy.id],
    );

    // Two identical questions: only the first has an accepted answer.
    const vpnText = 'Renewing the VPN certificate\nWhat is the process when it expires? #it';
    posts.accepted = await post('bo', vpnText, { isQuestion: true });
    posts.open = await post('dee', vpnText, { isQuestion: true });
    const answer = await reply('ana', posts.accepted, 'Request a new one in the IT portal.');
    await reply('ana', posts.open, 'No idea, sorry.');
    await as('bo').ok(
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      {
        p: posts.accepted,
        r: answer,
      },
    );
    // Two identical posts by different authors: the viewer's network decides.
    const parking = 'Parking garage access cards\nWho hands them out?';
    posts.byCy = await post('cy', parking);
    posts.byEve = await post('eve', parking);
    posts.onboarding = await post('ana', 'Onboarding checklist for new starters #onboarding');
    posts.secret = await post(
      'cy',
      `Roadmap draft ${canary}\nThe confidential roadmap for next year #secretproject`,
      { communityId },
    );
    await as('bo').ok(`mutation { followUser(handle: "cy") { id } }`);
    await as('ana').ok(`mutation { followUser(handle: "eve") { id } }`);
    await t.drainOutbox();
  }, 60_000);
  afterAll(() => t?.close());

  it('finds posts by the words people type', async () => {
    const r = await search('eve', 'vpn certificate');
    expect(postIds(r)).toEqual(expect.arrayContaining([posts.accepted, posts.open]));
    expect(r.totalCount).toBeGreaterThanOrEqual(2);
    expect(r.nodes[0].highlights.find((h) => h.field === 'title')?.html).toContain('<mark>');
  });

  it('tolerates typos ("sertificate" finds "certificate")', async () => {
    expect(postIds(await search('eve', 'sertificate'))).toContain(posts.accepted);
  });

  it('matches the word being typed as a prefix', async () => {
    expect(postIds(await search('eve', 'vpn certi'))).toContain(posts.accepted);
    expect(postIds(await search('eve', 'onboard'))).toContain(posts.onboarding);
  });

  it('ranks the question with an accepted answer first, its answer as the snippet', async () => {
    const r = await search('eve', 'renewing vpn certificate');
    expect(postIds(r).slice(0, 2)).toEqual([posts.accepted, posts.open]);
    expect(r.nodes[0].highlight).toContain('IT portal');
  });

  it("ranks the viewer's network first", async () => {
    expect(postIds(await search('bo', 'parking access cards'))[0]).toBe(posts.byCy);
    expect(postIds(await search('ana', 'parking access cards'))[0]).toBe(posts.byEve);
  });

  it('filters by type, tag, author, answered and date', async () => {
    const people = await search('eve', 'lindqvist', { types: ['PERSON'] });
    expect(people.nodes.every((n) => n.type === 'PERSON' && n.user)).toBe(true);
    expect(people.nodes.map((n) => n.user!.handle)).toEqual(
      expect.arrayContaining(['ana', 'bo', 'dee']),
    );
    const tagged = await search('eve', 'checklist starters', {
      filters: { tags: ['#Onboarding'] },
    });
    expect(postIds(tagged)).toEqual([posts.onboarding]);
    const answered = await search('eve', 'vpn certificate', { filters: { answeredOnly: true } });
    expect(postIds(answered)).toEqual([posts.accepted]);
    const byDee = await search('eve', 'vpn certificate', {
      filters: { authorIds: [people_id('dee')] },
    });
    expect(postIds(byDee)).toEqual([posts.open]);
    const future = await search('eve', 'vpn certificate', {
      filters: { from: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(future.totalCount).toBe(0);
  });
  const people_id = (handle: string) => people[handle].id;

  it('counts facets by type and tag', async () => {
    const r = await search('eve', 'vpn certificate onboarding');
    expect(r.facets.types).toEqual(
      expect.arrayContaining([{ value: 'post', count: r.totalCount }]),
    );
    expect(r.facets.tags).toEqual(
      expect.arrayContaining([
        { value: 'it', count: 2 },
        { value: 'onboarding', count: 1 },
      ]),
    );
  });

  it('pages with an opaque cursor', async () => {
    const first = await search('eve', 'vpn certificate', { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('eve', 'vpn certificate', {
      first: 1,
      after: first.pageInfo.endCursor,
    });
    expect(postIds(second)).not.toEqual(postIds(first));
  });

  describe('permissions', () => {
    const leaks = (r: SearchData['search']) =>
      JSON.stringify(r).includes(canary) ||
      JSON.stringify(r).includes('secretproject') ||
      JSON.stringify(r).includes(communityId) ||
      postIds(r).includes(posts.secret);

    it('never shows a members-only post to an outsider: hits, totals, facets, highlights', async () => {
      for (const q of [canary, 'confidential roadmap', 'roadmap', 'secretproject', 'draft']) {
        const r = await search('dee', q);
        expect(leaks(r)).toBe(false);
        expect(r.totalCount).toBe(r.nodes.length);
      }
      const filtered = await search('dee', 'roadmap', { filters: { communityIds: [communityId] } });
      expect(filtered.totalCount).toBe(0);
    });

    it('shows it to a member', async () => {
      const r = await search('cy', canary);
      expect(postIds(r)).toEqual([posts.secret]);
      expect(r.facets.communities).toEqual([{ value: communityId, count: 1 }]);
    });

    it('hides it at once when the membership row goes (no reindex)', async () => {
      await t.dataSource.query(
        `DELETE FROM community_members WHERE community_id = $1 AND user_id = $2`,
        [communityId, people.cy.id],
      );
      try {
        expect(leaks(await search('cy', canary))).toBe(false);
        expect((await search('cy', 'confidential roadmap')).totalCount).toBe(0);
      } finally {
        await t.dataSource.query(
          `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, 'owner', 'member')`,
          [communityId, people.cy.id],
        );
      }
    });

    it('never leaks through filter or operator syntax in values', async () => {
      for (const q of [
        `") OR audience = "members`,
        `roadmap" OR audience = "members`,
        `' OR 1=1 --`,
        `roadmap | secretproject & !x <-> :*`,
      ]) {
        const r = await search('dee', q, { filters: { tags: [`x") OR audience = "members`] } });
        expect(leaks(r)).toBe(false);
      }
    });
  });

  it('keeps a deactivated author’s posts searchable, but not the person', async () => {
    await as('ana').ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
      id: people.dee.id,
    });
    await t.drainOutbox();
    expect(postIds(await search('eve', 'vpn certificate'))).toContain(posts.open);
    const folks = await search('eve', 'dee', { types: ['PERSON'] });
    expect(folks.nodes.map((n) => n.user?.handle)).not.toContain('dee');
  });

  it('follows edits and deletions through the outbox', async () => {
    const id = await post('eve', 'Kombucha on tap in the kitchen');
    await t.drainOutbox();
    expect(postIds(await search('bo', 'kombucha'))).toEqual([id]);
    await as('eve').ok(
      `mutation ($id: ID!, $i: EditPostInput!) { editPost(id: $id, input: $i) { id } }`,
      {
        id,
        i: { body: 'Cold brew coffee on tap in the kitchen' },
      },
    );
    await t.drainOutbox();
    expect(postIds(await search('bo', 'kombucha'))).toEqual([]);
    expect(postIds(await search('bo', 'cold brew'))).toEqual([id]);
    await as('eve').ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id });
    await t.drainOutbox();
    expect(postIds(await search('bo', 'cold brew'))).toEqual([]);
  });

  it('suggests answered questions similar to a draft', async () => {
    const data = await as('eve').ok<{ similarQuestions: { id: string }[] }>(
      `query ($d: String!) { similarQuestions(draft: $d) { id } }`,
      { d: 'How can I renew my VPN certificate? Mine expired' },
    );
    expect(data.similarQuestions.map((p) => p.id)).toEqual([posts.accepted]);
  });

  it.each([
    ['an empty query', '   '],
    ['a query over 500 characters', 'x'.repeat(501)],
  ])('answers %s with BAD_USER_INPUT', async (_, q) => {
    const res = await as('eve').request(SEARCH, { q });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['unbalanced quotes', '"vpn certificate'],
    ['only operators', '!!! & | <-> :* ()'],
    ['SQL', "'; DROP TABLE posts; --"],
    ['stop words only', 'the and of'],
    ['a bad cursor', 'vpn'],
  ])('never fails on %s', async (name, q) => {
    const res = await as('eve').request(SEARCH, {
      q,
      ...(name === 'a bad cursor' ? { after: 'bm90LWEtY3Vyc29y' } : {}),
    });
    if (name === 'a bad cursor') expect(errorCode(res)).toBe('BAD_USER_INPUT');
    else expect(res.errors).toBeUndefined();
    expect(res.status).toBeLessThan(500);
  });
});
