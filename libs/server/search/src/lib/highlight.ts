/** Private-use characters mark matches in snippets, so no user text can forge a mark. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A snippet as safe HTML: everything escaped, then only the match sentinels become <mark>.
 * Unbalanced sentinels (a cut snippet) are closed so the markup stays well-formed.
 */
export function snippetToHtml(snippet: string): string {
  let open = false;
  let html = '';
  for (const ch of snippet.replace(/[&<>"']/g, (c) => ESCAPES[c])) {
    if (ch === HIGHLIGHT_START && !open) {
      html += '<mark>';
      open = true;
    } else if (ch === HIGHLIGHT_END && open) {
      html += '</mark>';
      open = false;
    } else if (ch !== HIGHLIGHT_START && ch !== HIGHLIGHT_END) html += ch;
  }
  return open ? `${html}</mark>` : html;
}
