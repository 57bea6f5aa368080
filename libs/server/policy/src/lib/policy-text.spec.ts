import { diffPolicy, renderPolicy } from './policy-text';

describe('policy text', () => {
  it('renders headings, lists and links, and shows raw HTML as text', () => {
    const html = renderPolicy(
      '# Be kind\n\n- No personal attacks\n- [Ask HR](https://hr.example)\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).toContain('<h1>Be kind</h1>');
    expect(html).toContain('<li>No personal attacks</li>');
    expect(html).toContain('href="https://hr.example"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('drops script links', () => {
    expect(renderPolicy('[x](javascript:alert(1))')).not.toContain('javascript:');
  });

  it('diffs line by line against the previous version', () => {
    expect(diffPolicy('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { kind: 'unchanged', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'unchanged', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(diffPolicy('', 'first')).toEqual([{ kind: 'added', text: 'first' }]);
  });
});
