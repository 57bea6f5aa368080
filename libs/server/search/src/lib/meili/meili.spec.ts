import { SearchDocument, SearchQuery } from '../search.types';
import { buildMeiliFilter, FILTERABLE, quoteValue } from './meili-filter';
import { meiliQueryText, meiliSearchParams, RERANK_WINDOW } from './meili-search.engine';
import { MEILI_SETTINGS, toMeiliDocument } from './meili-settings';

const viewer = {
  id: 'v',
  visibleCommunityIds: [] as string[],
  listedCommunityIds: [] as string[],
  networkUserIds: [],
  ownCommunityIds: [],
  department: null,
};
const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  text: 'x',
  filters: {},
  viewer,
  limit: 20,
  offset: 0,
  ...over,
});

/** Splits a filter into quoted literals and the syntax between them, as Meilisearch reads it. */
function syntaxOutsideQuotes(filter: string): string {
  return filter.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

describe('Meilisearch filter builder', () => {
  const OWNER = '(ownerOnly = false OR authorId = "v")';

  it('always starts with visibility: public only, or public plus member communities', () => {
    expect(buildMeiliFilter(query())).toEqual(['audience = "public"', OWNER]);
    expect(
      buildMeiliFilter(query({ viewer: { ...viewer, visibleCommunityIds: ['c1', 'c2'] } })),
    ).toEqual(['(audience = "public" OR communityId IN ["c1", "c2"])', OWNER]);
  });

  it('lists restricted communities to invitees without opening their content', () => {
    expect(
      buildMeiliFilter(
        query({
          viewer: { ...viewer, visibleCommunityIds: ['c1'], listedCommunityIds: ['c1', 'c9'] },
        }),
      ),
    ).toEqual([
      '(audience = "public" OR communityId IN ["c1"] OR (type = "community" AND communityId IN ["c1", "c9"]))',
      OWNER,
    ]);
  });

  it('keeps private bookmarks to their owner, with the viewer id escaped', () => {
    const filters = buildMeiliFilter(
      query({ viewer: { ...viewer, id: 'x" OR ownerOnly = true' } }),
    );
    expect(filters[1]).toBe('(ownerOnly = false OR authorId = "x\\" OR ownerOnly = true")');
    expect(syntaxOutsideQuotes(filters[1]).match(/ OR /g)).toHaveLength(1);
  });

  it('escapes quotes and backslashes so values stay values', () => {
    expect(quoteValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it.each([
    `") OR audience = "members`,
    `\\") OR audience = "members`,
    `x" OR communityId EXISTS OR "`,
    `"]) OR (audience = "members`,
  ])('keeps the attack %p inside a quoted value', (attack) => {
    const filters = buildMeiliFilter(
      query({
        types: ['post'],
        filters: { tags: [attack], communityIds: [attack], authorIds: [attack] },
      }),
    );
    for (const [i, filter] of filters.entries()) {
      const syntax = syntaxOutsideQuotes(filter);
      expect(syntax).not.toMatch(/audience = ""\)|OR audience|EXISTS/);
      // Only the owner rule has an OR of its own.
      expect(syntax.match(/ OR /g)?.length ?? 0).toBe(i === 1 ? 1 : 0);
    }
    expect(filters.slice(0, 2)).toEqual(['audience = "public"', OWNER]);
  });

  it('builds every filter from the allow-list, numbers for dates', () => {
    const filters = buildMeiliFilter(
      query({
        types: ['post', 'user'],
        filters: {
          communityIds: ['c'],
          authorIds: ['a'],
          tags: ['t'],
          answeredOnly: true,
          from: new Date(1000),
          to: new Date(2000),
        },
      }),
    );
    expect(filters).toEqual([
      'audience = "public"',
      OWNER,
      'type IN ["post", "user"]',
      'communityId IN ["c"]',
      'authorId IN ["a"]',
      'tags IN ["t"]',
      'hasAcceptedAnswer = true',
      'createdAt >= 1000',
      'createdAt < 2000',
    ]);
    for (const f of filters) {
      for (const name of syntaxOutsideQuotes(f).match(/[A-Za-z]+(?= (=|IN|>=|<) )/g) ?? [])
        expect(FILTERABLE).toContain(name);
    }
  });
});

describe('Meilisearch settings and documents', () => {
  it('searches fields in weight order and filters only allow-listed fields', () => {
    expect(MEILI_SETTINGS.searchableAttributes).toEqual([
      'title',
      'body',
      'answer',
      'extra',
      'tags',
    ]);
    expect(MEILI_SETTINGS.filterableAttributes).toEqual([...FILTERABLE]);
    expect(MEILI_SETTINGS.rankingRules?.slice(0, 6)).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
    ]);
    expect(MEILI_SETTINGS.typoTolerance?.enabled).toBe(true);
    expect(MEILI_SETTINGS.synonyms?.cert).toContain('certificate');
  });

  it('maps a document with a primary key Meilisearch accepts and numeric dates', () => {
    const doc: SearchDocument = {
      id: '6f1c9a64-7d0e-4d3b-9a55-1f0f3a2b4c5d',
      type: 'post',
      title: 'T',
      body: 'B',
      answer: 'A',
      extra: 'E',
      tags: ['x'],
      language: 'english',
      audience: 'members',
      communityId: 'c',
      ownerOnly: false,
      authorId: 'a',
      authorDepartment: null,
      isQuestion: true,
      hasAcceptedAnswer: true,
      replyCount: 2,
      likeCount: 3,
      createdAt: new Date(5000),
    };
    const mapped = toMeiliDocument(doc);
    expect(mapped.key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(mapped).toMatchObject({
      key: `post_${doc.id}`,
      audience: 'members',
      communityId: 'c',
      engagement: 5,
      createdAt: 5000,
    });
  });
});

describe('Meilisearch mapping of files, bookmarks and communities', () => {
  const base: SearchDocument = {
    id: '0b8e2b1e-1c1a-4a57-9a0e-3f2d7c6b5a49',
    type: 'file',
    title: 'Budget.xlsx',
    body: 'Numbers',
    answer: '',
    extra: 'extracted text',
    tags: ['finance'],
    language: 'english',
    audience: 'public',
    communityId: null,
    ownerOnly: false,
    authorId: 'owner',
    authorDepartment: null,
    isQuestion: false,
    hasAcceptedAnswer: false,
    replyCount: 0,
    likeCount: 1,
    createdAt: new Date(7000),
  };

  it.each([
    ['file', { type: 'file' as const }],
    ['private bookmark', { type: 'bookmark' as const, ownerOnly: true }],
    [
      'restricted community',
      { type: 'community' as const, audience: 'members' as const, communityId: 'c' },
    ],
  ])('maps a %s with its key, audience and owner flag', (_, over) => {
    const doc = { ...base, ...over };
    const mapped = toMeiliDocument(doc);
    expect(mapped).toMatchObject({
      key: `${doc.type}_${doc.id}`,
      type: doc.type,
      audience: doc.audience,
      communityId: doc.communityId,
      ownerOnly: doc.ownerOnly,
      authorId: 'owner',
      extra: 'extracted text',
    });
    expect(mapped.key).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('makes the owner flag filterable', () => {
    expect(MEILI_SETTINGS.filterableAttributes).toContain('ownerOnly');
  });
});

describe('Meilisearch search request', () => {
  it('asks for facets and snippets on a full search, and the boost window of candidates', () => {
    const params = meiliSearchParams(query({ limit: 20, offset: 40 }));
    expect(params.filter).toEqual(buildMeiliFilter(query()));
    expect(params.facets).toEqual(['type', 'tags', 'communityId']);
    expect(params.attributesToHighlight).toEqual(['title']);
    expect(params.attributesToCrop).toEqual(['answer', 'body']);
    expect(params.limit).toBe(60);
    expect(params.showRankingScore).toBe(true);
  });

  it('asks for neither when only hits are wanted, keeping the filter', () => {
    const params = meiliSearchParams(query({ limit: 3, hitsOnly: true }));
    expect(params.filter).toEqual(buildMeiliFilter(query()));
    expect(params.facets).toBeUndefined();
    expect(params.attributesToHighlight).toBeUndefined();
    expect(params.attributesToCrop).toBeUndefined();
    expect(params.limit).toBe(3);
  });

  it('never asks for more than the re-rank window', () => {
    expect(meiliSearchParams(query({ limit: 21, offset: 999 })).limit).toBe(RERANK_WINDOW);
  });
});

describe('Meilisearch query text and typo settings', () => {
  it('applies the typo rules of the PostgreSQL engine (one typo from 5 letters, two from 9)', () => {
    expect(MEILI_SETTINGS.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
  });

  it('ranks exact words above corrected ones, then proximity and attributes', () => {
    expect(MEILI_SETTINGS.rankingRules?.slice(0, 4)).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
    ]);
  });

  it('drops function words of the three languages but none the others need', () => {
    expect(MEILI_SETTINGS.stopWords).toEqual(expect.arrayContaining(['the', 'och', 'le']));
    for (const shared of ['en', 'de', 'var', 'on', 'i', 'a'])
      expect(MEILI_SETTINGS.stopWords).not.toContain(shared);
  });

  it('sends a pasted title as words: no quotes or minus signs reach Meilisearch', () => {
    expect(meiliQueryText(query({ text: 'Why was my "answer" deleted -now or hidden?' }))).toBe(
      'Why was my answer deleted now or hidden?',
    );
  });

  it("writes the parser's phrases and exclusions in Meilisearch's syntax", () => {
    expect(
      meiliQueryText(
        query({ text: 'policy', phrases: ['annual "leave'], excluded: ['-draft', '""'] }),
      ),
    ).toBe('policy "annual  leave" -draft');
  });

  it('quotes every word of a literal search, which turns typo tolerance off', () => {
    expect(meiliQueryText(query({ text: 'accpeted answer', literal: true }))).toBe(
      '"accpeted" "answer"',
    );
  });
});
