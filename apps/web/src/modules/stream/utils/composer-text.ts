/** An "@xy" being typed just before the caret: where it starts and what follows the "@". */
export interface MentionTrigger {
  /** Index of the "@". */
  start: number;
  /** Index of the caret (end of the partial handle). */
  end: number;
  query: string;
}

const PARTIAL_HANDLE = /(^|[^A-Za-z0-9_@.-])@([A-Za-z][A-Za-z0-9_-]{0,39})$/;

/** The mention being typed at the caret, or null. Needs at least one character after "@". */
export function mentionAt(text: string, caret: number): MentionTrigger | null {
  const before = text.slice(0, caret);
  const match = PARTIAL_HANDLE.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  const start = caret - query.length - 1;
  return { start, end: caret, query };
}

/** Replaces the partial mention with "@handle " and returns the new text and caret position. */
export function insertMention(
  text: string,
  trigger: MentionTrigger,
  handle: string,
): { text: string; caret: number } {
  const after = text.slice(trigger.end).replace(/^[A-Za-z0-9_-]*/, '');
  const inserted = `@${handle} `;
  const rest = after.startsWith(' ') ? after.slice(1) : after;
  return {
    text: text.slice(0, trigger.start) + inserted + rest,
    caret: trigger.start + inserted.length,
  };
}

/** A post whose text ends with "?" reads as a question. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text);
}
