const TITLE_MAX = 300;
const FIELD_MAX = 100_000;

/**
 * Splits a post's Markdown into its first line (the question as people phrase it, weight A) and
 * the rest (weight B). A long first line is cut at TITLE_MAX so one run-on paragraph does not
 * all count as title.
 */
export function splitTitle(markdown: string): { title: string; body: string } {
  const text = markdown.trim();
  const newline = text.indexOf('\n');
  let title = newline === -1 ? text : text.slice(0, newline);
  let body = newline === -1 ? '' : text.slice(newline + 1);
  if (title.length > TITLE_MAX) {
    const cut = title.lastIndexOf(' ', TITLE_MAX);
    const at = cut > 40 ? cut : TITLE_MAX;
    body = `${title.slice(at)}\n${body}`;
    title = title.slice(0, at);
  }
  return { title: stripMarkdown(title), body: clip(body.trim()) };
}

/** Heading marks and emphasis do not belong in a title snippet. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/[*_`]+/g, '')
    .trim();
}

/** tsvector and index rows have size limits; long threads keep their first FIELD_MAX chars. */
export function clip(text: string): string {
  return text.length > FIELD_MAX ? text.slice(0, FIELD_MAX) : text;
}
