import fc from 'fast-check';
import { Lexer } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { excerpt, parseBody, plainText, renderBody, renderParsed } from './markdown';

describe('parseBody: mentions', () => {
  it.each([
    ['Does anyone know? @ana @Bo_E', ['ana', 'bo_e']],
    ['@ana, @ana and @ANA', ['ana']],
    ['(@ana) and "@bo" and @cy.', ['ana', 'bo', 'cy']],
    ['**@ana** _@bo_', ['ana', 'bo']],
    ['ask @ana-', ['ana']],
    ['mail ana@corp.example please', []],
    ['see https://example.com/@ana and www.example.com/@bo', []],
    ['inline `@ana` code', []],
    ['```\n@ana in a block\n```', []],
    ['    @ana indented code', []],
    ['[@ana](https://example.com)', ['ana']],
    ['[link](https://example.com/@bo)', []],
    ['@1abc is not a handle', []],
    ['@a is too short', []],
  ])('%p -> %p', (body, expected) => {
    expect(parseBody(body).mentions).toEqual(expected);
  });
});

describe('parseBody: hashtags', () => {
  it.each([
    ['VPN down again #vpn #VPN #it-support', ['vpn', 'it-support']],
    ['Unicode #växjö and #日本語', ['växjö', '日本語']],
    ['# A heading is not a tag', []],
    ['issue #123 is a number', []],
    ['`#code` and https://example.com/page#anchor', []],
    ['&#39; entities are not tags', []],
  ])('%p -> %p', (body, expected) => {
    expect(parseBody(body).tags).toEqual(expected);
  });
});

describe('renderBody', () => {
  it('links known mentions only and hashtags always', () => {
    const html = renderBody('Hi @ana and @ghost #vpn', new Set(['ana']));
    expect(html).toContain('<a href="/people/ana" class="mention" data-mention="ana">@ana</a>');
    expect(html).toContain('@ghost');
    expect(html).not.toContain('/people/ghost');
    expect(html).toContain('<a href="/tags/vpn" class="hashtag" data-tag="vpn">#vpn</a>');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror=alert(1)>', /<img/i],
    ['[click](javascript:alert(1))', /href="javascript:/i],
    ['<svg onload=alert(1)>', /<svg/i],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['<a href="https://evil.example" onclick="x()">a</a>', /<a[^>]*onclick/i],
    ['[x](https://ok.example "t" onmouseover="alert(1)")', /<a[^>]*onmouseover=/i],
  ])('neutralises %p', (body, forbidden) => {
    expect(renderBody(body, new Set())).not.toMatch(forbidden);
  });

  it('shows raw HTML as text rather than dropping what people wrote', () => {
    expect(renderBody('a <b>bold</b> claim', new Set())).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('opens external links safely', () => {
    const html = renderBody('[docs](https://docs.example.com)', new Set());
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(html).toContain('target="_blank"');
  });

  it('removes bidirectional override characters', () => {
    expect(renderBody('evil \u202egnp.exe', new Set())).not.toContain('\u202e');
  });
});

describe('excerpt', () => {
  it('strips markdown and truncates', () => {
    expect(excerpt('**Hello** `world` & <you>', 50)).toBe('Hello world & <you>');
    expect(excerpt('x'.repeat(300), 10)).toHaveLength(10);
    // Cut at a word's edge, so a @handle or #tag is never halved.
    expect(excerpt('Can anyone help? Maybe @karin_sjoberg knows', 34)).toBe(
      'Can anyone help? Maybe…',
    );
    expect(excerpt('Can anyone help? Maybe @karin_sjoberg knows', 40)).toBe(
      'Can anyone help? Maybe @karin_sjoberg…',
    );
  });
});

describe('renderParsed', () => {
  const bodies = [
    'Hi @ana and @ghost #vpn **bold** `@code`',
    '| a | b |\n|---|---|\n| @ana | [x](https://example.com) |\n\n- [ ] task @bo',
    '<script>alert(1)</script> &amp; &lt; @ana\n\n```\n@ana\n```',
  ];

  it.each(bodies)('renders what renderBody renders, from the tokens parseBody kept: %p', (body) => {
    const known = new Set(['ana']);
    const parsed = parseBody(body);
    expect(renderParsed(parsed, known)).toBe(renderBody(body, known));
    // A write may run twice (an idempotent retry): the tokens render the same again.
    expect(renderParsed(parsed, known)).toBe(renderBody(body, known));
  });

  it('does not lex the body again', () => {
    const parsed = parseBody(bodies[0]);
    const lex = jest.spyOn(Lexer, 'lex');
    try {
      renderParsed(parsed, new Set(['ana']));
      expect(lex).not.toHaveBeenCalled();
    } finally {
      lex.mockRestore();
    }
  });
});

describe('excerpt: the text of the rendered body', () => {
  /** What excerpt was first written as: the sanitised HTML, then its text. */
  const textOfRenderedBody = (markdown: string) =>
    plainText(
      sanitizeHtml(renderBody(markdown, new Set()), { allowedTags: [], allowedAttributes: {} }),
    );

  it('is the same text in one sanitising pass, for any body', () => {
    // Pieces of Markdown, HTML, entities and bidirectional overrides, in any order.
    const piece = fc.constantFrom(
      ...['a', ' ', '\n', '<', '>', '&', '"', "'", ';', '#', '@', '*', '_', '`', '~', '|', '-'],
      ...['[', ']', '(', ')', '!', '/', '=', 'lt', 'amp', '#39', 'script', 'img', 'ana', '\u202e'],
    );
    fc.assert(
      fc.property(fc.string({ unit: piece, maxLength: 80 }), (body) => {
        expect(excerpt(body, 10_000)).toBe(textOfRenderedBody(body));
      }),
      { numRuns: 2000 },
    );
  });
});
