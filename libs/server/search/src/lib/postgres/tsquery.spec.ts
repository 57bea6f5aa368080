import {
  allTermsQuery,
  anyTermQuery,
  MAX_QUERY_TERMS,
  QueryLexeme,
  quoteLexeme,
  toQueryTerms,
  TYPO_TERM_WEIGHT,
} from './tsquery';

/** One query word as the analysis returns it: its forms per configuration and folded. */
const word = (position: number, folded: string, forms: Record<string, string>, df = 1) =>
  [
    { config: 'outloud_words', lexeme: folded, position },
    ...Object.entries(forms).map(([language, lexeme]): QueryLexeme => ({
      config: `outloud_${language}`,
      lexeme,
      position,
      df,
    })),
  ] as QueryLexeme[];

describe('tsquery terms', () => {
  it('quotes lexemes so user text is never tsquery syntax', () => {
    expect(quoteLexeme(`it's`)).toBe(`'it''s'`);
    expect(quoteLexeme(`a\\b`)).toBe(`'a\\\\b'`);
    expect(quoteLexeme(`x' | 'y`)).toBe(`'x'' | ''y'`);
  });

  it("ORs a word's forms in every language, so it matches documents of any language", () => {
    const terms = toQueryTerms(
      word(1, 'fromage', { english: 'fromag', french: 'fromag', swedish: 'fromage' }, 3),
      'fromage ',
      'english',
    );
    expect(terms).toEqual([
      {
        tsquery: `('fromag' | 'fromage')`,
        prefix: false,
        weight: 1,
        forms: 2,
        df: 3,
        word: 'fromage',
      },
    ]);
  });

  it("drops a stop word of the query's language only", () => {
    const lexemes = [
      ...word(1, 'en', { swedish: 'en' }), // "en" is an English word for nobody but Swedish keeps it
      ...word(2, 'the', { swedish: 'the', french: 'the' }),
      ...word(3, 'route', { english: 'rout', swedish: 'rout', french: 'rout' }),
    ];
    expect(toQueryTerms(lexemes, 'en the route.', 'english').map((t) => t.word)).toEqual(['route']);
    expect(toQueryTerms(lexemes, 'en the route.', 'swedish').map((t) => t.word)).toEqual([
      'en',
      'the',
      'route',
    ]);
  });

  it('makes the last word a prefix while it is being typed', () => {
    const lexemes = [
      ...word(1, 'vpn', { english: 'vpn' }),
      ...word(2, 'certi', { english: 'certi' }),
    ];
    expect(toQueryTerms(lexemes, 'vpn certi', 'english').map((t) => t.tsquery)).toEqual([
      `'vpn'`,
      `'certi':*`,
    ]);
    expect(toQueryTerms(lexemes, 'vpn certi ', 'english').every((t) => !t.prefix)).toBe(true);
    expect(toQueryTerms(lexemes, 'vpn certi?', 'english').every((t) => !t.prefix)).toBe(true);
  });

  it('keeps query order, drops duplicates and caps the number of terms', () => {
    const many = Array.from({ length: 50 }, (_, i) => word(i + 1, `w${i}`, { english: `w${i}` }));
    const terms = toQueryTerms(many.flat(), 'words.', 'english');
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms[0].tsquery).toBe(`'w0'`);
    const twice = [...word(1, 'a1', { english: 'a1' }), ...word(3, 'a1', { english: 'a1' })];
    expect(toQueryTerms(twice, 'a1 b a1.', 'english')).toHaveLength(1);
  });

  it('adds a correction as a weighted term in the same slot as the misspelt word', () => {
    const lexemes = [
      ...word(1, 'accpeted', { english: 'accpet' }, 0),
      ...word(2, 'answer', { english: 'answer' }, 9),
    ];
    const terms = toQueryTerms(lexemes, 'accpeted answer.', 'english', [
      { word: 'accpeted', typos: 1, lexemes: [{ lexeme: 'accept', df: 5 }] },
    ]);
    expect(terms[2]).toEqual({
      tsquery: `'accept'`,
      prefix: false,
      weight: TYPO_TERM_WEIGHT[1],
      forms: 1,
      df: 5,
      word: 'accpeted',
    });
    expect(TYPO_TERM_WEIGHT[1]).toBeLessThan(1);
    expect(allTermsQuery(terms)).toBe(`('accpet' | 'accept') & 'answer'`);
    expect(anyTermQuery(terms)).toBe(`'accpet' | 'answer' | 'accept'`);
  });
});
