import { bookmarkUrlProblem, parseTags } from '../bookmark-url';

describe('bookmarkUrlProblem', () => {
  it('accepts http and https links', () => {
    expect(bookmarkUrlProblem('https://example.com/a?b=1')).toBeNull();
    expect(bookmarkUrlProblem(' http://intranet.local/x ')).toBeNull();
  });

  it('refuses other schemes, credentials, spaces and non-links', () => {
    expect(bookmarkUrlProblem('javascript:alert(1)')).toMatch(/http/);
    expect(bookmarkUrlProblem('data:text/html,x')).toMatch(/http/);
    expect(bookmarkUrlProblem('file:///etc/passwd')).toMatch(/http/);
    expect(bookmarkUrlProblem('https://user:pw@example.com')).toMatch(/password/);
    expect(bookmarkUrlProblem('https://exa mple.com')).toMatch(/spaces/);
    expect(bookmarkUrlProblem('example.com')).toMatch(/full link/);
    expect(bookmarkUrlProblem('')).toBe('Enter a link.');
    expect(bookmarkUrlProblem(`https://e.com/${'a'.repeat(2100)}`)).toMatch(/too long/);
  });
});

describe('parseTags', () => {
  it('splits, trims, drops # and duplicates', () => {
    expect(parseTags(' a, #b,, a ,c')).toEqual(['a', 'b', 'c']);
  });
});
