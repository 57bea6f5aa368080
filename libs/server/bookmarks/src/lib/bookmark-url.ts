export const BOOKMARK_URL_MAX = 2048;

/** Tracking parameters that make the same page look like different links. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

export type BookmarkUrlResult =
  { ok: true; url: string; key: string } | { ok: false; message: string };

/**
 * Checks a link someone wants to save: http(s) only (no `javascript:`, `data:`, `file:` …),
 * no credentials, a host. Never fetched by the server. `key` is the normalised form used to
 * find everyone who saved the same page: fragment and tracking parameters dropped, the
 * remaining parameters sorted, no trailing slash.
 */
export function parseBookmarkUrl(raw: string): BookmarkUrlResult {
  const text = raw.trim();
  if (!text) return { ok: false, message: 'Enter a link.' };
  if (text.length > BOOKMARK_URL_MAX)
    return { ok: false, message: `Links are at most ${BOOKMARK_URL_MAX} characters.` };
  if (/[\u0000-\u0020\u007f]/.test(text))
    return { ok: false, message: 'Links cannot contain spaces or control characters.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'That is not a valid link (it should start with https://).' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: 'Only http and https links can be saved.' };
  if (url.username || url.password)
    return { ok: false, message: 'Links with a user name or password cannot be saved.' };
  if (!url.hostname) return { ok: false, message: 'The link has no host.' };
  if (url.href.length > BOOKMARK_URL_MAX)
    return { ok: false, message: `Links are at most ${BOOKMARK_URL_MAX} characters.` };
  return { ok: true, url: url.href, key: `url:${normaliseForMatching(url)}` };
}

function normaliseForMatching(url: URL): string {
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${url.protocol}//${url.host}${path}${query}`;
}
