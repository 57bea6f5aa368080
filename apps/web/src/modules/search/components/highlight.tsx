/** Keeps only text and <mark> from a snippet: the API already escapes it; this is a second guard. */
export function sanitizeHighlight(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/gi, '');
}

/** A search snippet: escaped text with matches in <mark>. */
export function Highlight({ html, className }: { html: string; className?: string }) {
  return (
    <p
      className={className ?? 'search-hit__snippet'}
      dangerouslySetInnerHTML={{ __html: sanitizeHighlight(html) }}
    />
  );
}
