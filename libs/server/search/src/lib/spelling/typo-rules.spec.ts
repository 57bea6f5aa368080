import { allowedTypos, correctWord, typoDistance } from './typo-rules';

describe('typo rules (as Meilisearch)', () => {
  it.each([
    ['wifi', 0],
    ['wisky', 1],
    ['accpeted', 1],
    ['tranlsation', 2],
    ['åäöåä', 1],
  ])('%s (%#) allows %i typos', (word, typos) => {
    expect(allowedTypos(word)).toBe(typos);
  });

  it.each([
    ['accpeted', 'accepted', 1], // a swap is one typo
    ['wisky', 'whisky', 1],
    ['tranlsation', 'translation', 1],
    ['sertificate', 'certificate', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['fraçais', 'français', 1],
  ])('distance(%s, %s) = %i', (a, b, d) => {
    expect(typoDistance(a, b)).toBe(d);
  });

  it('stops early past the bound', () => {
    expect(typoDistance('abcdefgh', 'zzzzzzzz', 1)).toBe(2);
    expect(typoDistance('short', 'a much longer word', 2)).toBe(3);
  });

  describe('correctWord', () => {
    const lexicon = [
      { word: 'accepted', df: 40 },
      { word: 'accented', df: 2 },
      { word: 'excepted', df: 9 },
      { word: 'whisky', df: 12 },
      { word: 'whiskey', df: 30 },
      { word: 'translation', df: 5 },
      { word: 'certificate', df: 7 },
    ];

    it('corrects one swapped pair in an 8-letter word', () => {
      expect(correctWord('accpeted', lexicon)).toEqual({
        word: 'accpeted',
        alternatives: ['accepted'],
        typos: 1,
      });
    });

    it('corrects a 5-letter word with one typo, closest first', () => {
      expect(correctWord('wisky', lexicon)).toEqual({
        word: 'wisky',
        alternatives: ['whisky'],
        typos: 1,
      });
    });

    it('allows two typos from 9 letters', () => {
      expect(correctWord('tranzlatoin', lexicon)?.alternatives).toEqual(['translation']);
    });

    it('counts a first-letter typo as two: only from 9 letters, the rest spelt right', () => {
      expect(correctWord('sertificate', lexicon)?.alternatives).toEqual(['certificate']);
      expect(correctWord('sertifcate', lexicon)).toBeNull();
      expect(correctWord('xccepted', lexicon)).toBeNull();
      expect(correctWord('wisky', [{ word: 'risky', df: 9 }])).toBeNull();
    });

    it('never corrects words under 5 letters', () => {
      expect(correctWord('whsk', [{ word: 'whisk', df: 3 }])).toBeNull();
    });

    it('keeps the most common of equally close words first', () => {
      expect(correctWord('acceoted', lexicon)?.alternatives).toEqual(['accepted', 'accented']);
    });

    it('ignores words no visible document holds any more', () => {
      expect(correctWord('accpeted', [{ word: 'accepted', df: 0 }])).toBeNull();
    });
  });
});
