import { cleanLine } from '@outloud/server-core';

export const FILE_NAME_MAX_CHARS = 200;
const EXTENSION_MAX_CHARS = 16;

/**
 * A display name from whatever the client sent: path parts, control and bidi characters are
 * stripped, the text NFC-normalised and cut to 200 characters (keeping the extension). The name
 * is only ever shown and put in headers through `content-disposition`; blobs are stored by hash.
 * Returns '' when nothing usable is left.
 */
export function sanitizeFileName(raw: string): string {
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = cleanLine(lastPart)
    // Zero-width and line/paragraph separators hide parts of a name as well as bidi marks do.
    .replace(/[\u200b-\u200d\u2028\u2029\ufeff]/g, '')
    // No hidden files and no "." or ".." that a careless consumer could treat as a path.
    .replace(/^[.\s]+/, '')
    .trim();
  return truncateKeepingExtension(cleaned, FILE_NAME_MAX_CHARS);
}

/** Lower-case extension without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function truncateKeepingExtension(name: string, max: number): string {
  // Count code points, as PostgreSQL's char_length does, and never split a surrogate pair.
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const ext = extensionOf(name);
  const suffix = ext && ext.length <= EXTENSION_MAX_CHARS ? name.slice(name.lastIndexOf('.')) : '';
  const room = max - Array.from(suffix).length;
  return chars.slice(0, room).join('') + suffix;
}
