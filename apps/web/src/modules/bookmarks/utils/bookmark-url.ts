/** Mirrors the API's parseBookmarkUrl: http(s) only, no credentials, no spaces, ≤ 2,048 chars. */
export function bookmarkUrlProblem(raw: string): string | null {
  const value = raw.trim();
  if (!value) return 'Enter a link.';
  if (value.length > 2048) return 'The link is too long (2,048 characters at most).';
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'A link cannot contain spaces.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full link starting with https:// or http://.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'Only http and https links can be bookmarked.';
  if (url.username || url.password) return 'Links with a user name or password are not accepted.';
  if (!url.hostname) return 'Enter a full link starting with https:// or http://.';
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
