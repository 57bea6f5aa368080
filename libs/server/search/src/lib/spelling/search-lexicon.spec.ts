import { correctableWords, lexiconScope, PUBLIC_SCOPE, RecentWords } from './search-lexicon';

describe('correctableWords', () => {
  it('keeps words of 5 letters or more, folded, without surrounding punctuation', () => {
    expect(correctableWords('Accpeted "answer"? vpn Français node.js 2019 wi-fi')).toEqual([
      'accpeted',
      'answer',
      'francais',
    ]);
  });
});

describe('RecentWords', () => {
  it('forgets words after their time and the oldest beyond its size', () => {
    let now = 0;
    const words = new RecentWords(2, 100, () => now);
    words.add('alpha');
    words.add('bravo');
    expect(words.has('alpha')).toBe(true);
    words.add('charlie');
    expect(words.has('alpha')).toBe(false);
    now = 101;
    expect(words.has('bravo')).toBe(false);
  });
});

describe('lexiconScope', () => {
  const doc = { ownerOnly: false, audience: 'public', communityId: null } as const;

  it('counts public words publicly, a restricted community by itself, private ones nowhere', () => {
    expect(lexiconScope({ ...doc } as never)).toBe(PUBLIC_SCOPE);
    expect(lexiconScope({ ...doc, audience: 'members', communityId: 'c1' } as never)).toBe('c1');
    expect(lexiconScope({ ...doc, ownerOnly: true } as never)).toBeNull();
  });
});
