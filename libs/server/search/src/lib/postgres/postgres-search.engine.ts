import { detectLanguage, TextLanguage } from '../documents/language';
import {
  QueryCorrection,
  SearchDocument,
  SearchDocumentKey,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '../search.types';
import { Candidates, PostgresSearchSource } from './postgres-search.source';
import {
  CorrectionLexemes,
  idf,
  QueryLexeme,
  QueryTerm,
  toQueryTerms,
  WORDS_CONFIG,
} from './tsquery';

/**
 * Candidate budget: a query whose terms match fewer documents than this in all (summed public
 * document frequencies), or an index this small, ranks every match exactly. Otherwise the most
 * common terms stop generating candidates (BM25 max-score pruning): a document holding none of
 * the rarer terms lacks their idf and the all-terms boost, so it cannot reach the top. When every
 * term is common, the most recent RANKED_CANDIDATES documents holding all of them are ranked,
 * plus the most recent LOOSE_CANDIDATES holding some. totalCount and facets then count the
 * ranked candidates (docs/decisions/0002-search-query-plan.md).
 */
export const RANK_ALL_BELOW = 1500;
export const RANKED_CANDIDATES = 500;
export const LOOSE_CANDIDATES = 100;

interface Analysis {
  terms: QueryTerm[];
  /** Public documents in the index (search_corpus). */
  total: number;
}

/**
 * The default engine: PostgreSQL full-text search over `search_documents` (statements in
 * `PostgresSearchSource`). Visibility is part of the WHERE clause, so totals, facets and pages
 * only ever count what the viewer may see. Scoring is BM25-like: each query term contributes
 * idf × weighted ts_rank, then the named boosts of ranking.ts multiply.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(
    private readonly source: PostgresSearchSource,
    /** Candidate budget overrides, for tests of the pruned paths on small data. */
    private readonly budget: { rankAllBelow: number; ranked: number; loose: number } = {
      rankAllBelow: RANK_ALL_BELOW,
      ranked: RANKED_CANDIDATES,
      loose: LOOSE_CANDIDATES,
    },
  ) {}

  async prepare(): Promise<void> {
    // The table and indexes come from the Search migration; nothing to apply at start.
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const language = query.language ?? detectLanguage(query.text);
    // Phrase words rank like the others; the phrase itself is a requirement (see the source).
    const text = [query.text, ...(query.phrases ?? [])].join(' ').trim();
    const analysis = await this.analyse(text, language, query.corrections ?? []);
    if (!analysis.terms.length) return emptyResult();
    return this.run(query, analysis);
  }

  beforeReindex(): Promise<void> {
    return this.source.bufferIndexWrites();
  }

  afterReindex(): Promise<void> {
    return this.source.mergeIndexWritesAndRecount();
  }

  /** Writes documents; the term statistics move in the same statement. */
  async upsert(documents: SearchDocument[], options: { bulk?: boolean } = {}): Promise<void> {
    if (!documents.length) return;
    if (!options.bulk) return this.source.upsert(documents);
    // A full reindex's batch: the documents only; `afterReindex` recomputes the statistics.
    // Oldest first within the batch too, so the table lies in created_at order (see idsAfter).
    const chronological = [...documents].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    await this.source.bulkUpsert(chronological);
  }

  async remove(keys: SearchDocumentKey[]): Promise<void> {
    if (!keys.length) return;
    await this.source.remove(keys);
  }

  /** The query's terms, each with its forms and public document frequency, and the corpus size. */
  private async analyse(
    text: string,
    language: TextLanguage,
    corrections: QueryCorrection[],
  ): Promise<Analysis> {
    const stillTyping = /[\p{L}\p{N}]$/u.test(text);
    const alternatives = corrections.flatMap((c) =>
      c.alternatives.map((alternative) => ({ word: c.word, alternative })),
    );
    const rows = await this.source.termRows(text, stillTyping, alternatives);
    if (!rows.length) return { terms: [], total: 0 };
    const lexemes: QueryLexeme[] = rows
      .filter((r) => r.kind === 'word')
      .map((r) => ({
        config: r.config,
        lexeme: r.lexeme,
        position: r.position,
        // The lexicon's folded words are not in search_terms: their df is not a form's.
        ...(r.config === WORDS_CONFIG ? {} : { df: r.df, prefixDf: r.prefix_df }),
      }));
    const corrected: CorrectionLexemes[] = corrections.map((c) => ({
      word: c.word,
      typos: c.typos,
      lexemes: rows
        .filter((r) => r.kind === 'correction' && r.config === c.word)
        .map((r) => ({ lexeme: r.lexeme, df: r.df })),
    }));
    return {
      terms: toQueryTerms(lexemes, text, language, corrected),
      total: Number(rows[0].total),
    };
  }

  private async run(query: SearchQuery, analysis: Analysis): Promise<SearchResult> {
    const { terms } = analysis;
    // BM25-like: each term scores idf × weighted ts_rank. idf comes from search_terms (public
    // documents), so no per-query counting and no side channel on restricted content.
    const scored = terms.map((term) => ({
      term,
      weight: idf(term.df ?? 0, analysis.total) * term.weight * term.forms,
    }));
    const row = await this.source.search(query, scored, this.candidates(analysis));
    return {
      hits: row.page.map((h) => ({
        id: h.id,
        type: h.type,
        score: h.score,
        highlights: [
          ...(query.hitsOnly ? [] : [{ field: 'title' as const, snippet: h.title }]),
          ...(h.answer ? [{ field: 'answer' as const, snippet: h.answer }] : []),
          ...(h.body ? [{ field: 'body' as const, snippet: h.body }] : []),
        ],
      })),
      total: row.total,
      facets: { types: row.types, tags: row.tags, communities: row.communities },
    };
  }

  /**
   * Rarest terms first, while their summed document frequencies fit the candidate budget. A
   * term no document holds (df 0) generates no candidates: it must not stand in for the others
   * (a draft with one unknown word would otherwise find nothing).
   */
  private candidates({ terms, total }: Analysis): Candidates {
    const matchable = terms.filter((t) => (t.df ?? 0) > 0);
    const byRarity = [...matchable].sort((a, b) => (a.df ?? 0) - (b.df ?? 0));
    const rare: QueryTerm[] = [];
    let budget = 0;
    for (const t of byRarity) {
      budget += t.df ?? 0;
      if (budget >= this.budget.rankAllBelow) break;
      rare.push(t);
    }
    if (rare.length === matchable.length || total < this.budget.rankAllBelow)
      return { kind: 'every-match' };
    if (rare.length) return { kind: 'rare-terms', terms: rare };
    // Every term is common. Terms no document holds are left out of the conjunction (it would
    // match nothing).
    return {
      kind: 'most-recent',
      matchable,
      ranked: this.budget.ranked,
      loose: this.budget.loose,
    };
  }
}

export function emptyResult(): SearchResult {
  return { hits: [], total: 0, facets: { types: [], tags: [], communities: [] } };
}
