import { SearchDocument, SearchQuery } from '../search.types';
import { buildMeiliFilter, FILTERABLE, quoteValue } from './meili-filter';
import { MEILI_SETTINGS, toMeiliDocument } from './meili-settings';

const viewer = {
  id: 'v',
  visibleCommunityIds: [] as string[],
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
  it('always starts with visibility: public only, or public plus member communities', () => {
    expect(buildMeiliFilter(query())).toEqual(['audience = "public"']);
    expect(
      buildMeiliFilter(query({ viewer: { ...viewer, visibleCommunityIds: ['c1', 'c2'] } })),
    ).toEqual(['(audience = "public" OR communityId IN ["c1", "c2"])']);
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
    for (const filter of filters) {
      const syntax = syntaxOutsideQuotes(filter);
      expect(syntax).not.toMatch(/audience = ""\)|OR audience|EXISTS/);
      expect(syntax.match(/ OR /g)?.length ?? 0).toBe(0);
    }
    expect(filters[0]).toBe('audience = "public"');
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
      'type IN ["post", "user"]',
      'communityId IN ["c"]',
      'authorId IN ["a"]',
      'tags IN ["t"]',
      'hasAcceptedAnswer = true',
      'createdAt >= 1000',
      'createdAt < 2000',
    ]);
    for (const f of filters) {
      const name = f.replace(/^\(/, '').split(' ')[0];
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
