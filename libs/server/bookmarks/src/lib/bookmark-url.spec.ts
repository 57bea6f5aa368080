import { parseBookmarkUrl } from './bookmark-url';

describe('parseBookmarkUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'vbscript:msgbox(1)',
    'https://user:pass@example.com/',
    'https://token@example.com/',
    'https://exa mple.com/',
    'https://example.com/\r\nx',
    'not a url',
    '//example.com/x',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j', (raw) => {
    expect(parseBookmarkUrl(raw).ok).toBe(false);
  });

  it('accepts http(s) links and keeps them as the browser would write them', () => {
    expect(parseBookmarkUrl('https://Example.com/Docs/#intro')).toEqual({
      ok: true,
      url: 'https://example.com/Docs/#intro',
      key: 'url:https://example.com/Docs',
    });
  });

  it('matches the same page however the link was written', () => {
    const keys = [
      'https://EXAMPLE.com:443/guide/?b=2&a=1&utm_source=mail#top',
      'https://example.com/guide?a=1&b=2',
      'https://example.com/guide/?fbclid=xyz&a=1&b=2',
    ].map((u) => {
      const r = parseBookmarkUrl(u);
      return r.ok ? r.key : r.message;
    });
    expect(new Set(keys)).toEqual(new Set(['url:https://example.com/guide?a=1&b=2']));
  });

  it('keeps http and https apart and the root path as is', () => {
    const r = parseBookmarkUrl('http://example.com/');
    expect(r.ok && r.key).toBe('url:http://example.com');
  });
});
