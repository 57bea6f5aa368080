import { hasSearchTerms, parseSearchText } from './search-text-parser';

const search = (text: string) => parseSearchText(text, 'search');

describe('parseSearchText', () => {
  describe('pasted question titles stay words', () => {
    it.each([
      ['a title with a quoted word and a question mark', 'Why was my "answer" deleted?'],
      [
        'a long title with a quoted phrase',
        'How do I deal with "possible duplicate" questions that are not',
      ],
      // cstheory.meta query 293: a short title with quotes is still a title.
      ['a short title with quotes and "and"', 'Latex math and "show N more comments"'],
      ['"or" between words', 'Should food or beer pairings be on topic?'],
      ['a hyphenated word and a dash', 'Re-ask vs. edit - reopen'],
      ['code and a URL', 'Error in `node.js` at https://example.com/a?b=c'],
    ])('%s', (_, text) => {
      const parsed = search(text);
      expect(parsed.phrases).toEqual([]);
      expect(parsed.excluded).toEqual([]);
      expect(parsed.text).toBe(text);
    });

    it('keeps an unbalanced quote as text', () => {
      expect(search('"vpn certificate')).toMatchObject({
        text: '" vpn certificate',
        phrases: [],
      });
    });

    it('never treats OR, AND or NOT as operators', () => {
      expect(search('vpn OR certificate NOT expired')).toMatchObject({
        text: 'vpn OR certificate NOT expired',
        phrases: [],
        excluded: [],
      });
    });
  });

  describe('search syntax typed on purpose', () => {
    it('reads a short query with quotes as a phrase', () => {
      expect(search('"annual leave" policy')).toMatchObject({
        text: 'policy',
        phrases: ['annual leave'],
      });
      expect(search('"vpn certificate"')).toMatchObject({ text: '', phrases: ['vpn certificate'] });
    });

    it('reads -word as an exclusion in a short query', () => {
      expect(search('vpn certificate -expired')).toMatchObject({
        text: 'vpn certificate',
        excluded: ['expired'],
      });
    });

    it('keeps "-word" alone as a word (nothing else to look for)', () => {
      expect(search('-vpn')).toMatchObject({ text: 'vpn', excluded: [] });
    });

    it('reads tag:, author: and in: filters in any query', () => {
      expect(search('tag:#Onboarding author:@ana in:Secret-Lab checklist')).toMatchObject({
        text: 'checklist',
        tags: ['onboarding'],
        authors: ['ana'],
        communities: ['secret-lab'],
      });
    });

    it('leaves a filter without a usable value as words', () => {
      expect(search('tag: in:!x author:')).toMatchObject({
        text: 'tag: in:!x author:',
        tags: [],
        authors: [],
        communities: [],
      });
    });
  });

  describe('plain mode (similar questions, suggested experts)', () => {
    it('never reads operators', () => {
      expect(parseSearchText('"annual leave" -policy tag:hr in:x', 'plain')).toEqual({
        text: '"annual leave" -policy tag:hr in:x',
        phrases: [],
        excluded: [],
        tags: [],
        authors: [],
        communities: [],
      });
    });
  });

  describe('bad input', () => {
    it.each([
      ['punctuation only', '!!! ??? ...', false],
      ['operators only', '"" -- | & :* ()', false],
      ['emoji and mixed scripts', '🚀 проект 東京 vpn', true],
      ['a long paste', 'word '.repeat(400), true],
    ])('%s never throws', (_, text, expected) => {
      const parsed = search(text);
      expect(hasSearchTerms(parsed)).toBe(expected);
    });

    it('folds runs of whitespace and newlines', () => {
      expect(search('vpn\n\n  certificate\t')).toMatchObject({ text: 'vpn certificate' });
    });
  });
});
