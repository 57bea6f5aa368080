/**
 * The arithmetic of knowledge reuse (docs/analytics.md, "Knowledge reuse"), kept free of I/O so
 * every rule is tested on hand-made data.
 */

/** A question counts as reused knowledge once it is older than this at the time of the use. */
export const REUSE_AGE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Content gaps are shown only for texts searched on at least this many person-days in the period
 * (k-anonymity: a search one person typed once, a name or a private matter, is never shown).
 */
export const GAP_MIN_SEARCHES = 3;
/** Longest search text kept for content gaps; longer ones are cut at a word boundary. */
export const GAP_TEXT_MAX = 100;

export type QuestionUseKind = 'VIEW' | 'SEARCH_CLICK';

/** What the analytics row of a question that counts says (no row: deleted, hidden or not a question). */
export interface QuestionFacts {
  askedAt: Date;
  /** First reply by someone other than the asker that still counts; null while unanswered. */
  firstReplyAt: Date | null;
}

/**
 * Whether a use at `at` is reuse: the question was asked more than 30 days (30 × 24 hours) before
 * and had been answered by someone other than the asker by then.
 */
export function isReuse(question: QuestionFacts, at: Date): boolean {
  return (
    at.getTime() - question.askedAt.getTime() > REUSE_AGE_DAYS * DAY_MS &&
    question.firstReplyAt !== null &&
    question.firstReplyAt.getTime() <= at.getTime()
  );
}

/** Uses of one question on one UTC day as buffered in memory (no person). */
export interface BufferedUses {
  day: string;
  postId: string;
  /** When the first of these uses happened: the moment the age and answer are judged at. */
  firstAt: Date;
  views: number;
  searchClicks: number;
}

/**
 * The buffered uses that are reuse, ready to add to the daily counts. Uses of posts without a
 * question row (deleted, hidden, not a question, or an unknown id) are dropped.
 */
export function reuseRows(
  uses: readonly BufferedUses[],
  questions: ReadonlyMap<string, QuestionFacts>,
): BufferedUses[] {
  return uses.filter((u) => {
    const q = questions.get(u.postId);
    return !!q && isReuse(q, u.firstAt) && u.views + u.searchClicks > 0;
  });
}

/**
 * A search text as content gaps count it: Unicode-normalised, lower case, whitespace collapsed,
 * at most 100 characters (cut at a word boundary). Empty when nothing is left.
 */
export function normaliseSearchText(text: string): string {
  const flat = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (flat.length <= GAP_TEXT_MAX) return flat;
  const cut = flat.slice(0, GAP_TEXT_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, GAP_TEXT_MAX)).trim();
}

/** The search box's filters typed as words (`tag:x`, `author:handle`, `in:community`). */
const TYPED_FILTER = /(^|\s)-?(tag|author|in):\S/iu;

/**
 * The text a search that found nothing adds to content gaps: normalised, or empty (not counted)
 * when it uses typed filters, which narrow the search rather than name missing content and may
 * carry a person's handle.
 */
export function contentGapText(text: string): string {
  return TYPED_FILTER.test(text) ? '' : normaliseSearchText(text);
}

/** Relative change against the previous period; null when there was nothing before. */
export function trend(current: number, previous: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}
