import { diffLines } from 'diff';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown is shown as text, never rendered.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

/**
 * The policy's Markdown as safe HTML: headings, lists, emphasis, links, quotes and code; raw
 * HTML is shown as text, and the result is sanitised against an allow-list.
 */
export function renderPolicy(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, {
    allowedTags: [
      'h1',
      'h2',
      'h3',
      'h4',
      'p',
      'ul',
      'ol',
      'li',
      'strong',
      'em',
      'a',
      'code',
      'pre',
      'blockquote',
      'hr',
      'br',
    ],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type DiffKind = 'added' | 'removed' | 'unchanged';

/** A line-by-line diff of one version against the one before (empty before the first). */
export function diffPolicy(previous: string, next: string): { kind: DiffKind; text: string }[] {
  return diffLines(normalise(previous), normalise(next)).flatMap((part) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({
        kind: part.added
          ? ('added' as const)
          : part.removed
            ? ('removed' as const)
            : ('unchanged' as const),
        text,
      })),
  );
}

function normalise(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
