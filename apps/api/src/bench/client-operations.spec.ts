import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'graphql';
import { clientOperation, useClientOperationsFrom } from './client-operations';

const generated = resolve(__dirname, '../../../web/src/generated/graphql.ts');

describe('client operations for the bench', () => {
  it("sends the home page's feed document with its fragments and Apollo's __typename", () => {
    const op = clientOperation('HomeFeed', generated);
    expect(op.operationName).toBe('HomeFeed');
    expect(op.query).toMatch(/^query HomeFeed\(\$after: String\)/);
    expect(op.query).toContain('fragment PostCard on Post');
    expect(op.query).toContain('fragment PostAuthor on User');
    expect(op.query).toContain('viewerHasBookmarked');
    expect(op.query.match(/__typename/g)?.length).toBeGreaterThan(5);
  });

  it('sends the search page, composer and create documents the client has', () => {
    expect(clientOperation('Search', generated).query).toContain('facets');
    expect(clientOperation('SimilarQuestions', generated).query).toContain('suggestedExperts');
    expect(clientOperation('CreatePost', generated).query).toContain('mentionedWhoCannotSee');
  });

  it('refuses an operation the client does not have', () => {
    expect(() => clientOperation('NoSuchThing', generated)).toThrow(/no operation named/);
  });

  it("reads another build's client documents when told to (A/B pairs)", () => {
    const other = join(mkdtempSync(join(tmpdir(), 'client-ops-')), 'graphql.ts');
    const doc = JSON.stringify(parse('query HomeFeed { viewer { id } }', { noLocation: true }));
    writeFileSync(other, `export const HomeFeedDocument = ${doc} as unknown as DocumentNode;\n`);
    useClientOperationsFrom(other);
    try {
      expect(clientOperation('HomeFeed').query).not.toContain('fragment PostCard');
      expect(clientOperation('HomeFeed').query).toContain('viewer');
    } finally {
      useClientOperationsFrom(generated);
    }
    expect(clientOperation('HomeFeed').query).toContain('fragment PostCard');
  });
});
