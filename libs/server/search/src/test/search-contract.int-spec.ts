import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  TestApp,
  signUpPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import {
  SEARCH_ENGINE,
  SearchDocumentSource,
  SearchEngine,
  SearchIndexer,
  SearchModule,
} from '../index';
import { SearchViewerRepository } from '../lib/search-viewer.repository';
import { EngineCase, postgresCase } from './engine-cases';
import { meiliCase } from './meili.engine-case';

// The same cases for every engine available: PostgreSQL always, Meilisearch when configured.
const ENGINES: EngineCase[] = [
  postgresCase,
  ...(process.env.MEILI_URL ? [meiliCase(process.env.MEILI_URL, process.env.MEILI_API_KEY)] : []),
];

const PASSWORD = 'correct horse battery';
const SEARCH = `query ($q: String!, $types: [SearchType!], $filters: SearchFilters, $first: Int, $after: String, $literal: Boolean) {
  search(query: $q, types: $types, filters: $filters, first: $first, after: $after, literal: $literal) {
    totalCount correctedQuery corrections { original corrected } language
    nodes { type score highlight highlights { field html } post { id body } user { id handle }
            file { id name } bookmark { id title isPrivate } community { id name } }
    facets { types { value count } tags { value count } communities { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The table a statement reads, sub-selects left out: `FROM users` inside a sub-select is not it. */
function mainTable(sql: string): string | null {
  let outer = sql;
  for (let inner = ''; inner !== outer;) [inner, outer] = [outer, outer.replace(/\([^()]*\)/g, '')];
  return /\bFROM\s+"?(\w+)"?/i.exec(outer)?.[1] ?? null;
}

interface SearchData {
  search: {
    totalCount: number;
    correctedQuery: string | null;
    corrections: { original: string; corrected: string }[];
    language: string;
    nodes: {
      type: string;
      score: number;
      highlight: string | null;
      highlights: { field: string; html: string }[];
      post: { id: string; body: string } | null;
      user: { id: string; handle: string } | null;
      file: { id: string; name: string } | null;
      bookmark: { id: string; title: string; isPrivate: boolean } | null;
      community: { id: string; name: string } | null;
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
  // A restricted community of its own: its members and invitees may see its name.
  const hush = `HUSH-${randomUUID()}`;
  let communityId: string;

  const as = (handle: string) => people[handle].client;
  const search = async (handle: string, q: string, extra: Record<string, unknown> = {}) =>
    (await as(handle).ok<SearchData>(SEARCH, { q, ...extra })).search;
  const postIds = (r: SearchData['search']) => r.nodes.flatMap((n) => (n.post ? [n.post.id] : []));
  const idsOf = (r: SearchData['search'], type: 'file' | 'bookmark' | 'community') =>
    r.nodes.flatMap((n) => (n[type] ? [n[type]!.id] : []));
  const others: Record<string, string> = {};

  async function upload(
    handle: string,
    name: string,
    text: string,
    fields: Record<string, string> = {},
  ) {
    const form = new FormData();
    form.append('name', name);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([text]), `${name}.txt`);
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { cookie: as(handle).cookieHeader, 'x-outloud-csrf': '1' },
      body: form,
    });
    const body = (await res.json()) as { file: { id: string } };
    expect(res.status).toBe(201);
    return body.file.id;
  }
  async function bookmark(handle: string, input: Record<string, unknown>) {
    const data = await as(handle).ok<{ createBookmark: { id: string } }>(
      `mutation ($i: CreateBookmarkInput!) { createBookmark(input: $i) { id } }`,
      { i: input },
    );
    return data.createBookmark.id;
  }
  async function community(handle: string, input: Record<string, unknown>) {
    const data = await as(handle).ok<{ createCommunity: { id: string } }>(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: input },
    );
    return data.createCommunity.id;
  }

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
      config: { ...engine.config, DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-search-')) },
    });
    for (const handle of ['ana', 'bo', 'cy', 'dee', 'eve']) {
      people[handle] = await signUpPerson(t, handle, {
        displayName: `${handle[0].toUpperCase()}${handle.slice(1)} Lindqvist`,
        password: PASSWORD,
      });
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

    // Files, bookmarks and communities.
    others.publicFile = await upload(
      'ana',
      'Zebrafish husbandry handbook',
      'Water temperature and photosynthesis lamps for the aquarium racks.',
      { description: 'How the lab keeps its fish', tags: 'lab,aquarium' },
    );
    others.secretFile = await upload('cy', 'Hidden blueprint', `Turbine layout ${canary}`, {
      communityId,
    });
    others.publicBookmark = await bookmark('bo', {
      url: 'https://example.com/kayak-rental',
      title: 'Kayak rental guide',
      tags: ['outdoors'],
    });
    others.privateBookmark = await bookmark('bo', {
      url: 'https://example.com/kayak-private',
      title: 'My private kayak notes',
      isPrivate: true,
    });
    others.secretPostBookmark = await bookmark('cy', {
      postId: posts.secret,
      title: `Saved roadmap ${canary}`,
    });
    others.openCommunity = await community('ana', {
      name: 'Birdwatching club',
      slug: 'birdwatching',
      description: 'Binoculars, dawn walks and the spring migration',
      tags: ['birds'],
    });
    others.hiddenCommunity = await community('cy', {
      name: `Stealth turbine guild ${hush}`,
      slug: 'stealth-guild',
      type: 'RESTRICTED',
    });
    await as('cy').ok(
      `mutation ($c: ID!) { inviteToCommunity(communityId: $c, handle: "eve") { state } }`,
      { c: others.hiddenCommunity },
    );
    posts.birds = await post('dee', 'Spotted the first migration of cranes at dawn #birds');
    // Typos, accents and pasted titles.
    posts.acceptedHow = await post('bo', 'How the accepted answer is chosen\nThe asker picks one.');
    posts.whisky = await post('eve', 'Whisky tasting on Friday in the lounge');
    posts.translation = await post('ana', 'Translation memory for the intranet pages');
    posts.french = await post('eve', 'Le français au bureau\nOù trouver les cours de français ?');
    posts.pasted = await post('dee', 'Why was my "answer" deleted or hidden by a moderator?');
    // A word only restricted content holds: a typo of it must not reveal it to outsiders.
    posts.secretWord = await post('cy', 'Quetzalcoatlus launch plan', { communityId });
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
    // The question's own title and text come too: a result reads as the question, then its answer.
    const fields = new Map(r.nodes[0].highlights.map((h) => [h.field, h.html]));
    expect(fields.get('title')).toContain('Renewing');
    expect(fields.get('body')).toContain('What is the process');
    expect(fields.get('answer')).toContain('IT portal');
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
      // The post, the file placed there and the bookmark of the post (the community itself is a
      // hit of its own, not counted under its id).
      expect(r.facets.communities).toEqual([{ value: communityId, count: 3 }]);
    });

    it('keeps each viewer to their own results when a repeated query runs prepared', async () => {
      // From its second use a query shape runs as a named statement with a cached plan; the
      // viewer's communities stay parameters, so the member and the outsider still differ.
      for (let i = 0; i < 4; i++) {
        expect(postIds(await search('cy', canary))).toEqual([posts.secret]);
        expect(leaks(await search('dee', canary))).toBe(false);
      }
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

  describe('files, bookmarks and communities', () => {
    it('finds a file by name, description, tags and extracted text', async () => {
      for (const q of ['zebrafish handbook', 'photosynthesis', 'aquarium', 'lab keeps fish']) {
        const r = await search('eve', q);
        expect(idsOf(r, 'file')).toContain(others.publicFile);
      }
      const r = await search('eve', 'photosynthesis lamps');
      expect(r.nodes[0]).toMatchObject({
        type: 'FILE',
        file: { name: 'Zebrafish husbandry handbook' },
      });
    });

    it('finds public bookmarks for everyone and private ones only for their owner', async () => {
      const owner = await search('bo', 'kayak', { types: ['BOOKMARK'] });
      expect(idsOf(owner, 'bookmark').sort()).toEqual(
        [others.publicBookmark, others.privateBookmark].sort(),
      );
      expect(owner.facets.types).toEqual([{ value: 'bookmark', count: 2 }]);
      const other = await search('eve', 'kayak');
      expect(idsOf(other, 'bookmark')).toEqual([others.publicBookmark]);
      expect(other.totalCount).toBe(1);
      expect(JSON.stringify(other)).not.toContain('private kayak');
    });

    it('finds communities, and mixes types with a type facet and filter', async () => {
      const r = await search('eve', 'birdwatching migration');
      expect(idsOf(r, 'community')).toEqual([others.openCommunity]);
      expect(postIds(r)).toEqual([posts.birds]);
      expect(r.facets.types).toEqual(
        expect.arrayContaining([
          { value: 'community', count: 1 },
          { value: 'post', count: 1 },
        ]),
      );
      const onlyCommunities = await search('eve', 'birdwatching migration', {
        types: ['COMMUNITY'],
      });
      expect(onlyCommunities.nodes.map((n) => n.type)).toEqual(['COMMUNITY']);
      expect(onlyCommunities.totalCount).toBe(1);
    });

    it('hides restricted files, bookmarks of restricted posts and restricted communities from outsiders', async () => {
      for (const q of [
        canary,
        hush,
        'hidden blueprint',
        'turbine',
        'saved roadmap',
        'stealth guild',
      ]) {
        const r = await search('dee', q);
        expect(JSON.stringify(r)).not.toContain(canary);
        expect(JSON.stringify(r)).not.toContain(hush);
        expect(idsOf(r, 'file')).not.toContain(others.secretFile);
        expect(idsOf(r, 'bookmark')).not.toContain(others.secretPostBookmark);
        expect(idsOf(r, 'community')).not.toContain(others.hiddenCommunity);
        expect(r.totalCount).toBe(r.nodes.length);
      }
    });

    it('shows them to members; an invitee sees the community but not its files', async () => {
      const member = await search('cy', canary);
      expect(idsOf(member, 'file')).toEqual([others.secretFile]);
      expect(idsOf(member, 'bookmark')).toEqual([others.secretPostBookmark]);
      expect(idsOf(await search('cy', hush), 'community')).toEqual([others.hiddenCommunity]);
      const invitee = await search('eve', hush);
      expect(idsOf(invitee, 'community')).toEqual([others.hiddenCommunity]);
      expect(invitee.totalCount).toBe(1);
      // Not "no results at all": the query's words are OR-ed, and a fragment of the random canary
      // (a hex group such as "cafe") can match public documents by chance.
      const inviteeCanary = await search('eve', canary);
      expect(JSON.stringify(inviteeCanary)).not.toContain(canary);
      expect(idsOf(inviteeCanary, 'file')).not.toContain(others.secretFile);
      expect(idsOf(inviteeCanary, 'bookmark')).not.toContain(others.secretPostBookmark);
      expect(inviteeCanary.totalCount).toBe(inviteeCanary.nodes.length);
    });

    it('follows renames and deletions through the outbox', async () => {
      await as('ana').ok(
        `mutation ($id: ID!, $i: UpdateCommunityInput!) { updateCommunity(id: $id, input: $i) { id } }`,
        { id: others.openCommunity, i: { name: 'Ornithology circle' } },
      );
      await as('bo').ok(`mutation ($id: ID!) { deleteBookmark(id: $id) }`, {
        id: others.publicBookmark,
      });
      await t.drainOutbox();
      expect(idsOf(await search('eve', 'ornithology'), 'community')).toEqual([
        others.openCommunity,
      ]);
      expect(idsOf(await search('eve', 'kayak rental'), 'bookmark')).toEqual([]);
    });
  });

  describe('typos, accents and pasted titles', () => {
    it('corrects a misspelt word, says what it searched, and keeps the other words', async () => {
      const r = await search('eve', 'accpeted answer');
      expect(r.correctedQuery).toBe('accepted answer');
      expect(r.corrections).toEqual([{ original: 'accpeted', corrected: 'accepted' }]);
      expect(postIds(r)[0]).toBe(posts.acceptedHow);
      // The corrected word is highlighted in the snippet like any match.
      expect(r.nodes[0].highlights.find((h) => h.field === 'title')?.html).toContain(
        '<mark>accepted</mark>',
      );
    });

    it.each([
      ['wisky', 'whisky'],
      ['tranlsation', 'translation'],
      ['sertificate', 'certificate'],
    ])('finds %s as %s (Meilisearch typo rules)', async (typed, meant) => {
      const r = await search('eve', typed);
      expect(r.correctedQuery).toBe(meant);
      expect(r.totalCount).toBeGreaterThan(0);
    });

    it('searches exactly what was typed when asked (the way back)', async () => {
      const r = await search('eve', 'accpeted', { literal: true });
      expect(r.correctedQuery).toBeNull();
      expect(r.totalCount).toBe(0);
    });

    it('leaves short and known words alone', async () => {
      for (const q of ['vpn', 'answer', 'cranes']) {
        expect((await search('eve', q)).corrections).toEqual([]);
      }
    });

    it('folds accents and case both ways, with highlights on the original text', async () => {
      for (const q of ['francais', 'français', 'FRANÇAIS']) {
        const r = await search('eve', q);
        expect(postIds(r)).toContain(posts.french);
        expect(r.corrections).toEqual([]);
      }
      const r = await search('eve', 'francais bureau');
      expect(r.nodes[0].highlights.find((h) => h.field === 'title')?.html).toContain(
        '<mark>français</mark>',
      );
    });

    it('detects the query language (French "en" is not Swedish)', async () => {
      expect((await search('eve', 'Où en est le français ?')).language).toBe('french');
      expect((await search('eve', 'Var är parkeringen?')).language).toBe('swedish');
      expect((await search('eve', 'accepted answer')).language).toBe('english');
    });

    it('treats a pasted title with quotes and "or" as words, not operators', async () => {
      const r = await search('eve', 'Why was my "answer" deleted or hidden by a moderator?');
      expect(postIds(r)[0]).toBe(posts.pasted);
    });

    it('honours a quoted phrase and -word typed on purpose', async () => {
      expect(postIds(await search('eve', '"accepted answer"'))).toEqual([posts.acceptedHow]);
      const without = await search('eve', 'vpn certificate -expires');
      expect(without.totalCount).toBe(0);
    });

    it('reads tag:, author: and in: filters, and a filter nobody may use as words', async () => {
      expect(postIds(await search('eve', 'tag:onboarding checklist'))).toEqual([posts.onboarding]);
      expect(postIds(await search('eve', 'author:dee vpn certificate'))).toEqual([posts.open]);
      expect(postIds(await search('cy', 'in:secret-lab roadmap'))).toEqual([posts.secret]);
      const outsider = await search('dee', 'in:secret-lab roadmap');
      expect(JSON.stringify(outsider)).not.toContain(canary);
      expect(outsider.facets.communities.map((c) => c.value)).not.toContain(communityId);
    });

    it('never corrects an outsider towards a word only restricted content holds', async () => {
      for (const q of ['quetzalcoatlsu', 'Quetzalcoatlos launch', 'quetzalcoatlus']) {
        const r = await search('dee', q);
        expect(JSON.stringify(r).toLowerCase()).not.toContain('quetzalcoatlus launch');
        expect(r.corrections.map((c) => c.corrected)).not.toContain('quetzalcoatlus');
        expect(postIds(r)).not.toContain(posts.secretWord);
        expect(r.totalCount).toBe(r.nodes.length);
      }
      // A member gets the correction from their community's words.
      const member = await search('cy', 'quetzalcoatlsu');
      expect(member.correctedQuery).toBe('quetzalcoatlus');
      expect(postIds(member)).toEqual([posts.secretWord]);
    });

    it('corrects drafts for similar questions too', async () => {
      const data = await as('eve').ok<{ similarQuestions: { id: string }[] }>(
        `query ($d: String!) { similarQuestions(draft: $d) { id } }`,
        { d: 'How can I renew my VPN certifcate? Mine expired' },
      );
      expect(data.similarQuestions.map((p) => p.id)).toEqual([posts.accepted]);
    });

    it.each([
      ['a 2,000-character paste', `${'How do I renew the VPN certificate? '.repeat(56)}`],
      ['emoji and mixed scripts', '🚀 сертификат 証明書 vpn ✅'],
      // NUL is refused at the edge for every request (api-edge, response-hygiene tests).
      ['control characters inside words', 'vpn\u0001 cert\u0007ificate'],
      ['punctuation only', '?!… — ;;'],
    ])('answers %s without an error, and never unfiltered', async (_, q) => {
      const res = await as('dee').request<SearchData>(SEARCH, { q });
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain(canary);
      expect(res.data!.search.totalCount).toBe(res.data!.search.nodes.length);
    });
  });

  it('keeps term statistics exact through incremental indexing', async () => {
    if (engine.name !== 'postgres') return;
    const drift = await t.dataSource.query(
      `SELECT coalesce(s.word, t.lexeme) AS lexeme, s.ndoc, t.df
         FROM ts_stat('SELECT tsv FROM search_documents WHERE audience = ''public'' AND NOT owner_only') s
         FULL JOIN (SELECT * FROM search_terms WHERE df <> 0) t ON t.lexeme = s.word COLLATE "C"
        WHERE s.ndoc IS DISTINCT FROM t.df`,
    );
    expect(drift).toEqual([]);
    const [{ docs, corpus }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM search_documents WHERE audience = 'public' AND NOT owner_only) AS docs,
              (SELECT documents::int FROM search_corpus) AS corpus`,
    );
    expect(corpus).toBe(docs);
    // The lexicon's counts equal its per-document words (the whole point of counting by difference).
    const lexiconDrift = await t.dataSource.query(
      `SELECT * FROM (SELECT scope, word, count(*)::int AS n FROM search_lexicon_documents, unnest(words) AS word
                        GROUP BY 1, 2) x
         FULL JOIN (SELECT * FROM search_lexicon WHERE df <> 0) l USING (scope, word)
        WHERE x.n IS DISTINCT FROM l.df`,
    );
    expect(lexiconDrift).toEqual([]);
  });

  it('rebuilds every type from PostgreSQL with a running count', async () => {
    if (engine.name === 'postgres') await t.dataSource.query(`DELETE FROM search_documents`);
    const counts: number[] = [];
    const done = await t.app.get(SearchIndexer).reindexAll((n) => counts.push(n));
    expect(counts[counts.length - 1]).toBe(done);
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM posts WHERE deleted_at IS NULL) + (SELECT count(*)::int FROM users WHERE status = 'active')
            + (SELECT count(*)::int FROM files) + (SELECT count(*)::int FROM bookmarks)
            + (SELECT count(*)::int FROM communities) AS n`,
    );
    expect(done).toBe(row.n);
    expect(idsOf(await search('eve', 'photosynthesis'), 'file')).toEqual([others.publicFile]);
    expect(idsOf(await search('bo', 'kayak notes'), 'bookmark')).toEqual([others.privateBookmark]);
    expect(idsOf(await search('eve', 'ornithology'), 'community')).toEqual([others.openCommunity]);
    expect(postIds(await search('eve', 'vpn certificate'))).toContain(posts.accepted);
    if (engine.name === 'postgres') {
      // The bulk load buffered GIN insertions; afterwards the pending lists are merged and off.
      const indexes: { reloptions: string[] | null }[] = await t.dataSource.query(
        `SELECT reloptions FROM pg_class
          WHERE relname IN ('search_documents_tsv_idx', 'search_documents_answered_tsv_idx')`,
      );
      // Rebuilt rows leave dead versions behind: the rebuild vacuums the table.
      const [table] = await t.dataSource.query(
        `SELECT last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE relname = 'search_documents'`,
      );
      expect(table.vacuumed).toBe(true);
      expect(indexes.map((i) => i.reloptions)).toEqual([['fastupdate=off'], ['fastupdate=off']]);
    }
    // Posts are rebuilt oldest first, batch after batch, so the table lies roughly in the order
    // the product writes it (a newest-first walk then reads neighbouring rows).
    const source = t.app.get(SearchDocumentSource);
    const walked: string[] = [];
    for (let batch = await source.idsAfter('post', null, 2); batch.length;) {
      walked.push(...batch);
      batch = await source.idsAfter('post', batch[batch.length - 1], 2);
    }
    const expected: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM posts WHERE deleted_at IS NULL ORDER BY created_at, id`,
    );
    expect(walked).toEqual(expected.map((r) => r.id));
  });

  it('rewrites only the documents that changed when it rebuilds an up-to-date index', async () => {
    if (engine.name !== 'postgres') return; // row versions are PostgreSQL's
    const versions = async () =>
      new Map(
        (await t.dataSource.query(`SELECT id, xmin::text AS version FROM search_documents`)).map(
          (r: { id: string; version: string }) => [r.id, r.version],
        ),
      );
    const indexer = t.app.get(SearchIndexer);
    await indexer.reindexAll();
    const before = await versions();
    // A change no event announced (as after a restore): only that document is rewritten.
    await t.dataSource.query(`UPDATE posts SET body = body || ' (restored)' WHERE id = $1`, [
      posts.accepted,
    ]);
    await indexer.reindexAll();
    const after = await versions();
    const rewritten = [...after].filter(([id, version]) => before.get(id) !== version);
    expect(rewritten.map(([id]) => id)).toEqual([posts.accepted]);
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

  it('re-reads post hits as cards in one statement that also checks visibility; people only when shown, in one', async () => {
    const id = await post('eve', 'Sourdough starter swap in the kitchen #baking');
    const gone = await post('eve', 'Sourdough loaves left over on Friday');
    await t.drainOutbox();
    // Deleted while the index still holds it (the outbox has not run): the re-read drops it.
    await as('eve').ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: gone });
    const query = `query ($q: String!) { search(query: $q) { nodes { post {
      id tags viewerHasLiked author { handle } } } } }`;
    // Every statement, TypeORM's and the prepared ones sent straight to the pool, goes through here.
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      const data = await as('bo').ok<{
        search: { nodes: { post: { id: string; tags: string[]; author: { handle: string } } }[] };
      }>(query, { q: 'sourdough' });
      const texts = spy.mock.calls.map(([q]) =>
        typeof q === 'string' ? q : (q as { text: string }).text,
      );
      expect(data.search.nodes.map((n) => n.post.id)).toEqual([id]);
      expect(data.search.nodes[0].post).toMatchObject({
        tags: ['baking'],
        author: { handle: 'eve' },
      });
      // The cards (visibility, tags, mentions, the viewer's like) in one read of posts, their
      // people in one read of users; no read of tags or likes of their own.
      const reads = (table: string) => texts.filter((q) => mainTable(q) === table).length;
      expect([reads('posts'), reads('post_tags'), reads('likes'), reads('users')]).toEqual([
        1, 0, 0, 1,
      ]);
      // Similar questions show no people: none are read.
      spy.mockClear();
      const similar = await as('bo').ok<{ similarQuestions: { id: string }[] }>(
        `query ($d: String!) { similarQuestions(draft: $d) { id body replyCount } }`,
        { d: 'How can I renew my VPN certificate? Mine expired' },
      );
      const similarTexts = spy.mock.calls.map(([q]) =>
        typeof q === 'string' ? q : (q as { text: string }).text,
      );
      expect(similar.similarQuestions.map((p) => p.id)).toContain(posts.accepted);
      const similarReads = (table: string) =>
        similarTexts.filter((q) => mainTable(q) === table).length;
      expect([similarReads('posts'), similarReads('users')]).toEqual([1, 0]);
    } finally {
      spy.mockRestore();
    }
  });

  it('suggests answered questions similar to a draft', async () => {
    const data = await as('eve').ok<{ similarQuestions: { id: string }[] }>(
      `query ($d: String!) { similarQuestions(draft: $d) { id } }`,
      { d: 'How can I renew my VPN certificate? Mine expired' },
    );
    expect(data.similarQuestions.map((p) => p.id)).toEqual([posts.accepted]);
  });

  it('gives the same page without snippets or facets when asked for hits only', async () => {
    const engineUnderTest = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const viewer = await t.app.get(SearchViewerRepository).load(people.eve.id);
    const query = { text: 'vpn certificate', filters: {}, viewer, limit: 5, offset: 0 };
    const full = await engineUnderTest.search(query);
    const lean = await engineUnderTest.search({ ...query, hitsOnly: true });
    expect(full.hits.length).toBeGreaterThanOrEqual(2);
    expect(full.hits.some((h) => h.highlights.length > 0)).toBe(true);
    expect(full.facets.types.length).toBeGreaterThan(0);
    expect(lean.hits.map((h) => [h.type, h.id])).toEqual(full.hits.map((h) => [h.type, h.id]));
    // Scores match but for the recency factor's clock, which moved between the two queries.
    lean.hits.forEach((h, i) => expect(h.score).toBeCloseTo(full.hits[i].score, 6));
    expect(lean.hits.every((h) => h.highlights.length === 0)).toBe(true);
    expect(lean.facets).toEqual({ types: [], tags: [], communities: [] });
    expect(lean.total).toBe(full.total);
  });

  it.each([
    ['an empty query', '   '],
    ['control characters only', '\u0001\u0002\u007f'],
    ['a 10 KB query', 'vpn certificate '.repeat(640)],
  ])('answers %s with BAD_USER_INPUT', async (_, q) => {
    const res = await as('eve').request(SEARCH, { q });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/search/i);
  });

  it.each([
    ['a malformed community id', { filters: { communityIds: ['1 OR 1=1'] } }],
    ['a malformed author id', { filters: { authorIds: ['"; --'] } }],
    ['an over-long tag', { filters: { tags: ['t'.repeat(65)] } }],
    [
      'a date range backwards',
      { filters: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
    ],
    ['a page size of 1000', { first: 1000 }],
  ])('answers %s with BAD_USER_INPUT', async (_, extra) => {
    const res = await as('eve').request(SEARCH, { q: 'vpn', ...extra });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown type with BAD_USER_INPUT', async () => {
    // (The HTTP status of GraphQL variable errors is set by core's Apollo setup, not here.)
    const res = await as('eve').request(SEARCH, { q: 'vpn', types: ['SECRETS'] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('gives an empty result for filter values that match nothing', async () => {
    const r = await search('eve', 'vpn certificate', {
      filters: { communityIds: [randomUUID()], tags: ['no-such-tag'], authorIds: [randomUUID()] },
    });
    expect(r).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('suggests nothing, without failing, for long or operator-only drafts', async () => {
    for (const d of ['!& | <-> :* () "" \'\' -- ; DROP', `${'"vpn" -x | '.repeat(1000)}`]) {
      const res = await as('eve').request(
        `query ($d: String!) { similarQuestions(draft: $d) { id } }`,
        {
          d,
        },
      );
      expect(res.errors).toBeUndefined();
    }
  });

  it.each([
    ['unbalanced quotes', '"vpn certificate'],
    ['only operators', '!!! & | <-> :* ()'],
    ['SQL', "'; DROP TABLE posts; --"],
    ['stop words only', 'the and of'],
    ['quotes and minus signs only', '"" "" -"-" \' \' - -- "'],
    ['an exclusion only', '-vpn'],
    ['Meilisearch filter syntax', 'type = "user" OR audience = "members" AND communityId EXISTS'],
    ['tsquery syntax', "vpn:* & !cert' | 'x':A <2> y"],
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
