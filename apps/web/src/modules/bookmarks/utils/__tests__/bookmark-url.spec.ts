import { bookmarkUrlProblem, parseTags } from '../bookmark-url';

describe('bookmarkUrlProblem', () => {
  it('accepts http and https links', () => {
    expect(bookmarkUrlProblem('https://example.com/a?b=1')).toBeNull();
    expect(bookmarkUrlProblem(' http://intranet.local/x ')).toBeNull();
  });

  it('refuses other schemes, credentials, spaces and non-links', () => {
    expect(bookmarkUrlProblem('javascript:alert(1)')).toBe('url.protocol');
    expect(bookmarkUrlProblem('data:text/html,x')).toBe('url.protocol');
    expect(bookmarkUrlProblem('file:///etc/passwd')).toBe('url.protocol');
    expect(bookmarkUrlProblem('https://user:pw@example.com')).toBe('url.credentials');
    expect(bookmarkUrlProblem('https://exa mple.com')).toBe('url.spaces');
    expect(bookmarkUrlProblem('example.com')).toBe('url.notFull');
    expect(bookmarkUrlProblem('')).toBe('url.empty');
    expect(bookmarkUrlProblem(`https://e.com/${'a'.repeat(2100)}`)).toBe('url.tooLong');
  });
});

describe('parseTags', () => {
  it('splits, trims, drops # and duplicates', () => {
    expect(parseTags(' a, #b,, a ,c')).toEqual(['a', 'b', 'c']);
  });
});
