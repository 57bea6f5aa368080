export type BookmarkUrlProblem =
  `url.${'empty' | 'tooLong' | 'spaces' | 'notFull' | 'protocol' | 'credentials'}`;

/**
 * Mirrors the API's parseBookmarkUrl: http(s) only, no credentials, no spaces, ≤ 2,048 chars.
 * Returns the catalogue key (bookmarks namespace) of the problem, or null.
 */
export function bookmarkUrlProblem(raw: string): BookmarkUrlProblem | null {
  const value = raw.trim();
  if (!value) return 'url.empty';
  if (value.length > 2048) return 'url.tooLong';
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'url.spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url.notFull';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url.protocol';
  if (url.username || url.password) return 'url.credentials';
  if (!url.hostname) return 'url.notFull';
  return null;
}

/** "a, #b, c" → ["a", "b", "c"] */
export function parseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(',')
        .map((tag) => tag.trim().replace(/^#/, ''))
        .filter(Boolean),
    ),
  ];
}
