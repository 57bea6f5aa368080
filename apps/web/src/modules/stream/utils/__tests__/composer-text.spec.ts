import { insertMention, looksLikeQuestion, mentionAt } from '../composer-text';

describe('mentionAt', () => {
  it('finds the handle being typed before the caret', () => {
    expect(mentionAt('Ask @an', 7)).toEqual({ start: 4, end: 7, query: 'an' });
    expect(mentionAt('@a', 2)).toEqual({ start: 0, end: 2, query: 'a' });
  });

  it('ignores e-mail addresses, a bare "@" and text after a space', () => {
    expect(mentionAt('ana@corp', 8)).toBeNull();
    expect(mentionAt('Ask @', 5)).toBeNull();
    expect(mentionAt('Ask @ana now', 12)).toBeNull();
  });

  it('uses only the text before the caret', () => {
    expect(mentionAt('Ask @ana now', 7)).toEqual({ start: 4, end: 7, query: 'an' });
  });
});

describe('insertMention', () => {
  it('replaces the partial handle with "@handle "', () => {
    const text = 'Ask @an';
    expect(insertMention(text, mentionAt(text, 7)!, 'ana_berg')).toEqual({
      text: 'Ask @ana_berg ',
      caret: 14,
    });
  });

  it('replaces the rest of the word after the caret', () => {
    const text = 'Ask @anx please';
    expect(insertMention(text, mentionAt(text, 6)!, 'ana').text).toBe('Ask @ana please');
  });
});

describe('looksLikeQuestion', () => {
  it('is true when the text ends with "?"', () => {
    expect(looksLikeQuestion('Where is the VPN guide?')).toBe(true);
    expect(looksLikeQuestion('Where is it? ')).toBe(true);
    expect(looksLikeQuestion('VPN is down.')).toBe(false);
  });
});
