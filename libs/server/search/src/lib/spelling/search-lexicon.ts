import { SearchDocument, SearchDocumentKey } from '../search.types';
import { PUBLIC_SCOPE, SearchLexiconSource } from './search-lexicon.source';
import { correctWord, MAX_CORRECTED_WORDS, TYPO_RULES, WordCorrection } from './typo-rules';

export { PUBLIC_SCOPE };

/** Where a document's words count: public, a restricted community, or nowhere (private). */
export function lexiconScope(d: SearchDocument): string | null {
  if (d.ownerOnly) return null;
  if (d.audience === 'public') return PUBLIC_SCOPE;
  return d.communityId;
}

const KNOWN_WORDS_CACHED = 20_000;
const KNOWN_WORDS_TTL_MS = 5 * 60_000;

/**
 * The words of a text the lexicon could correct, folded as closely as JavaScript can to
 * `outloud_words` (lower case, marks removed). A word folded differently here only misses the
 * cache; the lexicon query then decides.
 */
export function correctableWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) =>
      t
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase(),
    )
    .filter((w) => /^\p{L}+$/u.test(w) && [...w].length >= TYPO_RULES.oneTypoFrom);
}

/** A bounded set of recent entries that expire (insertion order is age order). */
export class RecentWords {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  has(word: string): boolean {
    const expires = this.seen.get(word);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.seen.delete(word);
    return false;
  }

  add(word: string): void {
    this.seen.delete(word);
    this.seen.set(word, this.now() + this.ttlMs);
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value!);
  }
}

export interface Correction extends WordCorrection {
  /** The word as typed (the folded form is `word`). */
  typed: string;
}

/**
 * The lexicon of indexed words, for typo tolerance: per scope, how many documents hold each
 * folded word. Corrections only ever come from the scopes a viewer may see (the public and the
 * restricted communities they belong to), so a misspelt word never reveals a word that only
 * restricted documents hold. Kept by the indexer for every engine (outbox, and in bulk on
 * reindex); the counts move by each document's difference, so edits and removals are exact.
 */
export class SearchLexicon {
  /** Public words seen lately (a word leaves the public lexicon rarely; then it is only not corrected). */
  private readonly knownPublic = new RecentWords(KNOWN_WORDS_CACHED, KNOWN_WORDS_TTL_MS);

  constructor(private readonly words: SearchLexiconSource) {}

  /**
   * Records the documents' words and moves the counts. `bulk` (a full reindex): only the
   * per-document words; `rebuild` recomputes the counts at the end.
   */
  async apply(
    documents: SearchDocument[],
    removed: SearchDocumentKey[] = [],
    options: { bulk?: boolean } = {},
  ): Promise<void> {
    const rows = documents.map((d) => ({
      type: d.type,
      id: d.id,
      scope: lexiconScope(d),
      text: [d.title, d.body, d.answer, d.extra, d.tags.join(' ')].join('\n'),
    }));
    // A document that became private leaves the lexicon like a removed one.
    const gone = [
      ...removed,
      ...rows.filter((r) => r.scope === null).map((r) => ({ type: r.type, id: r.id })),
    ];
    const kept = rows.filter((r) => r.scope !== null);
    if (!kept.length && !gone.length) return;
    if (options.bulk) await this.words.replaceDocuments(kept, gone);
    else await this.words.replaceDocumentsAndCounts(kept, gone);
  }

  /** After a full reindex: the counts from the per-document words (words nobody holds go). */
  rebuild(): Promise<void> {
    return this.words.rebuildCounts();
  }

  /**
   * Corrections for the misspelt words of a text, from the scopes given (the viewer's). A word
   * is left alone when a visible document holds it, or a form of it (a candidate with the same
   * stem: "renewals" is not a typo of "renewal").
   */
  async correct(text: string, scopes: string[]): Promise<Correction[]> {
    // Most queries are spelt right: when every word that could be corrected is a public word
    // seen lately, skip the round trip (public only: whether a word exists in restricted
    // content must not change what an outsider is offered).
    if (correctableWords(text).every((w) => this.knownPublic.has(w))) return [];
    const rows = await this.words.lookup(text, scopes);
    const corrections: Correction[] = [];
    for (const row of rows) {
      if (row.known_public) this.knownPublic.add(row.folded);
      if (row.known || !row.candidates?.length) continue;
      if (row.candidates.some((c) => c.same_stem)) continue;
      const correction = correctWord(row.folded, row.candidates);
      if (correction) corrections.push({ ...correction, typed: row.typed });
      if (corrections.length === MAX_CORRECTED_WORDS) break;
    }
    return corrections;
  }
}
