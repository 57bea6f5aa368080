import { anyTermQuery, MAX_QUERY_TERMS, quoteLexeme, toQueryTerms } from './tsquery';

describe('tsquery terms', () => {
  it('quotes lexemes so user text is never tsquery syntax', () => {
    expect(quoteLexeme(`it's`)).toBe(`'it''s'`);
    expect(quoteLexeme(`a\\b`)).toBe(`'a\\\\b'`);
    expect(quoteLexeme(`x' | 'y`)).toBe(`'x'' | ''y'`);
  });

  it('makes the last word a prefix while it is being typed', () => {
    const lexemes = [
      { lexeme: 'vpn', positions: [1] },
      { lexeme: 'certi', positions: [2] },
    ];
    expect(toQueryTerms(lexemes, 'vpn certi')).toEqual([
      { tsquery: `'vpn'`, prefix: false },
      { tsquery: `'certi':*`, prefix: true },
    ]);
    expect(toQueryTerms(lexemes, 'vpn certi ').every((t) => !t.prefix)).toBe(true);
    expect(toQueryTerms(lexemes, 'vpn certi?').every((t) => !t.prefix)).toBe(true);
  });

  it('keeps query order, drops duplicates and caps the number of terms', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ lexeme: `w${i}`, positions: [50 - i] }));
    const terms = toQueryTerms(many, 'words.');
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms[0].tsquery).toBe(`'w49'`);
    expect(
      toQueryTerms(
        [
          { lexeme: 'a', positions: [1] },
          { lexeme: 'a', positions: [3] },
        ],
        'a b a.',
      ),
    ).toHaveLength(1);
  });

  it('ORs the terms for candidate matching', () => {
    expect(
      anyTermQuery([
        { tsquery: `'a'`, prefix: false },
        { tsquery: `'b':*`, prefix: true },
      ]),
    ).toBe(`'a' | 'b':*`);
  });
});
