/** Keeps only text and <mark> from a snippet: the API already escapes it; this is a second guard. */
export function sanitizeHighlight(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/gi, '');
}

/** A search snippet: escaped text with matches in <mark> (a paragraph, or `inline` in a heading). */
export function Highlight({
  html,
  className,
  inline = false,
}: {
  html: string;
  className?: string;
  inline?: boolean;
}) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag
      className={className ?? (inline ? undefined : 'search-hit__snippet')}
      dangerouslySetInnerHTML={{ __html: sanitizeHighlight(html) }}
    />
  );
}
