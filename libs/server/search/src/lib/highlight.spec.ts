import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, snippetToHtml } from './highlight';

describe('snippetToHtml', () => {
  it('escapes everything and turns only the sentinels into <mark>', () => {
    expect(snippetToHtml(`<script>alert(1)</script> ${S}vpn${E} & "x"`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>vpn</mark> &amp; &quot;x&quot;',
    );
  });

  it('cannot be tricked by literal mark tags or unbalanced sentinels', () => {
    expect(snippetToHtml('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;');
    expect(snippetToHtml(`${S}cut off`)).toBe('<mark>cut off</mark>');
    expect(snippetToHtml(`stray ${E}end`)).toBe('stray end');
  });
});
