import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { PostgresSearchEngine } from '../lib/postgres/postgres-search.engine';
import { PostgresSearchSource } from '../lib/postgres/postgres-search.source';
import { SearchDocument, SearchViewer } from '../lib/search.types';

/**
 * The PostgreSQL engine's candidate paths on small data, with a tiny candidate budget so the
 * pruned paths run: rare terms only generate candidates, all-common queries rank the most recent
 * matches, visibility holds on every path, and term statistics follow writes and removals.
 */
describe('PostgreSQL engine candidate budget', () => {
  let t: TestApp;
  let engine: PostgresSearchEngine;
  const community = randomUUID();
  const ids = {
    both: randomUUID(),
    hangar: randomUUID(),
    secret: randomUUID(),
    common: Array.from({ length: 8 }, () => randomUUID()),
  };
  const viewer = (over: Partial<SearchViewer> = {}): SearchViewer => ({
    id: randomUUID(),
    visibleCommunityIds: [],
    listedCommunityIds: [],
    networkUserIds: [],
    ownCommunityIds: [],
    department: null,
    ...over,
  });
  const doc = (id: string, title: string, daysAgo: number, over: Partial<SearchDocument> = {}) =>
    ({
      id,
      type: 'post',
      title,
      body: '',
      answer: '',
      extra: '',
      tags: ['ops'],
      language: 'english',
      audience: 'public',
      communityId: null,
      ownerOnly: false,
      authorId: null,
      authorDepartment: null,
      isQuestion: false,
      hasAcceptedAnswer: false,
      replyCount: 0,
      likeCount: 0,
      createdAt: new Date(Date.now() - daysAgo * 86_400_000),
      ...over,
    }) satisfies SearchDocument;
  const search = (text: string, v = viewer(), types?: SearchDocument['type'][]) =>
    engine.search({
      text: `${text} `,
      types,
      filters: { tags: ['ops'] },
      viewer: v,
      limit: 20,
      offset: 0,
    });
  const df = async (lexeme: string) =>
    (await t.dataSource.query(`SELECT df FROM search_terms WHERE lexeme = $1`, [lexeme]))[0]?.df ??
    0;

  beforeAll(async () => {
    t = await createTestApp({ imports: [], graphql: false });
    engine = new PostgresSearchEngine(new PostgresSearchSource(t.dataSource), {
      rankAllBelow: 5,
      ranked: 3,
      loose: 1,
    });
    await engine.upsert([
      ...ids.common.map((id, i) => doc(id, `Team plan weekly ${i}`, i + 1)),
      doc(ids.both, 'Team plan for the zeppelin', 30),
      doc(ids.hangar, 'Zeppelin hangar', 40),
      doc(ids.secret, 'Zeppelin secret', 50, { audience: 'members', communityId: community }),
    ]);
  });
  afterAll(() => t?.close());

  it('counts public documents only in the term statistics', async () => {
    expect(await df('zeppelin')).toBe(2);
    expect(await df('team')).toBe(9);
  });

  it('takes candidates from the rare terms when the common ones exceed the budget', async () => {
    const r = await search('team zeppelin');
    expect(r.hits.map((h) => h.id)).toEqual([ids.both, ids.hangar]);
    expect(r.total).toBe(2);
  });

  it('keeps visibility on the pruned path', async () => {
    const outsider = await search('team zeppelin', viewer(), ['post']);
    expect(outsider.hits.map((h) => h.id)).not.toContain(ids.secret);
    const member = await search('team zeppelin', viewer({ visibleCommunityIds: [community] }));
    expect(member.hits.map((h) => h.id)).toContain(ids.secret);
  });

  it('ranks the most recent matches of all words when every word is common', async () => {
    const r = await search('team plan');
    expect(r.total).toBe(3);
    expect(r.hits.map((h) => h.id).sort()).toEqual(ids.common.slice(0, 3).sort());
  });

  it('does not let a word no document holds stand in for the common ones', async () => {
    // "quasar" is in no document: before, it alone generated candidates, so nothing was found.
    const r = await search('team plan quasar');
    expect(r.total).toBe(3);
    expect(r.hits.map((h) => h.id).sort()).toEqual(ids.common.slice(0, 3).sort());
  });

  it('moves the statistics on edits and removals', async () => {
    await engine.upsert([doc(ids.hangar, 'Airship hangar', 40)]);
    expect(await df('zeppelin')).toBe(1);
    expect(await df('airship')).toBe(1);
    await engine.remove([{ type: 'post', id: ids.hangar }]);
    expect(await df('airship')).toBe(0);
    expect(await df('hangar')).toBe(0);
    // Likes and reply counts change no lexeme: nothing moves.
    await engine.upsert([doc(ids.both, 'Team plan for the zeppelin', 30, { likeCount: 9 })]);
    expect(await df('zeppelin')).toBe(1);
    expect(await df('team')).toBe(9);
  });
});
