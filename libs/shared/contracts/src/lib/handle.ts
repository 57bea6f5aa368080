import { LIMITS } from './limits';

/**
 * Handles are what people type after "@": ASCII letters, digits, "_" and "-", starting with a
 * letter and not ending with "-" (so "@ana-" in a sentence still mentions "ana"). Unique
 * regardless of case; the case someone chose is kept for display.
 */
export const HANDLE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9_]$/;

/** Words that would confuse mentions or URLs. */
export const RESERVED_HANDLES = new Set([
  'admin',
  'administrator',
  'all',
  'channel',
  'everyone',
  'here',
  'me',
  'outloud',
  'root',
  'settings',
  'support',
  'system',
]);

/** Returns a readable problem with a handle, or null when it is acceptable. */
export function handleProblem(handle: string): string | null {
  if (handle.length < LIMITS.handle.min) {
    return `Handle must be at least ${LIMITS.handle.min} characters.`;
  }
  if (handle.length > LIMITS.handle.max) {
    return `Handle must be at most ${LIMITS.handle.max} characters.`;
  }
  if (!HANDLE_PATTERN.test(handle)) {
    return 'Handle may use letters, digits, "_" and "-", must start with a letter and not end with "-".';
  }
  if (RESERVED_HANDLES.has(handle.toLowerCase())) {
    return `"${handle}" is reserved; please choose another handle.`;
  }
  return null;
}
