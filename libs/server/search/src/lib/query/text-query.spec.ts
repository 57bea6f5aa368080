import { correctedText } from './text-query';

describe('correctedText', () => {
  const fix = (typed: string, word: string, alternative: string) => ({
    typed,
    word,
    alternatives: [alternative],
    typos: 1 as const,
  });

  it('replaces each corrected word, keeping punctuation and the other words', () => {
    expect(
      correctedText('accpeted answer tag:meta wisky?', [
        fix('accpeted', 'accpeted', 'accepted'),
        fix('wisky?', 'wisky', 'whisky'),
      ]),
    ).toBe('accepted answer tag:meta whisky?');
  });

  it('is null without corrections', () => {
    expect(correctedText('accepted answer', [])).toBeNull();
  });
});
