import { TEXT_LANGUAGES, TextLanguage } from '../documents/language';

/** Most query words considered: a pasted paragraph must not become a 500-term OR. */
export const MAX_QUERY_TERMS = 32;
/**
 * A word found only through a typo correction scores this share of an exact match per typo, so
 * exact matches rank above corrected ones (Meilisearch's "typo" ranking rule).
 */
export const TYPO_TERM_WEIGHT: Record<1 | 2, number> = { 1: 0.6, 2: 0.4 };

/** The text-search configuration of a language (accents folded: migration 1764002300000). */
export const configOf = (language: TextLanguage) => `outloud_${language}`;
/** Every configuration a query word is looked up in, so it matches documents of any language. */
export const QUERY_CONFIGS = TEXT_LANGUAGES.map(configOf);
/** Folded, unstemmed words (the lexicon's form). */
export const WORDS_CONFIG = 'outloud_words';

export interface QueryLexeme {
  /** The configuration that produced it (QUERY_CONFIGS or WORDS_CONFIG). */
  config: string;
  lexeme: string;
  /** Word position in the query (1-based), from to_tsvector. */
  position: number;
  /** Public documents containing the lexeme (search_terms), for idf. */
  df?: number;
  /** Public documents containing a lexeme starting with it (summed), when it may be a prefix. */
  prefixDf?: number | null;
}

export interface QueryTerm {
  /** A tsquery for one word: its forms in every language, OR-ed, quoted so no user text is syntax. */
  tsquery: string;
  prefix: boolean;
  /** Document frequency of the term (its commonest form, prefix included), when known. */
  df?: number;
  /** 1 for the word as typed; TYPO_TERM_WEIGHT for a correction. */
  weight: number;
  /**
   * Distinct forms OR-ed in `tsquery`: ts_rank divides an OR query's rank by it, which the score
   * multiplies back, so a word with three spellings weighs what a word with one does.
   */
  forms: number;
  /** The folded word (lexicon form), linking a word to its correction. */
  word?: string;
}

export interface CorrectionLexemes {
  /** The folded word as typed. */
  word: string;
  typos: 1 | 2;
  /** The alternatives' forms in every language, with their document frequencies. */
  lexemes: { lexeme: string; df: number }[];
}

/** Quotes a lexeme as a tsquery literal: single quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

const orOf = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`);

/**
 * Turns the lexemes PostgreSQL extracted from the query (in every language configuration, plus
 * the folded words) into one term per word: the word's forms in every language OR-ed, so a
 * French query word matches an English document holding it. A word the query's own language
 * treats as a stop word is dropped. The last word becomes a prefix match while the person is
 * still typing it (the text does not end in a space or punctuation): search as you type.
 * Corrections become terms of their own, weighted down.
 */
export function toQueryTerms(
  lexemes: QueryLexeme[],
  rawText: string,
  language: TextLanguage,
  corrections: CorrectionLexemes[] = [],
): QueryTerm[] {
  const stillTyping = /[\p{L}\p{N}]$/u.test(rawText);
  const own = configOf(language);
  const byPosition = new Map<number, QueryLexeme[]>();
  for (const l of lexemes) byPosition.set(l.position, [...(byPosition.get(l.position) ?? []), l]);
  const positions = [...byPosition.keys()].sort((a, b) => a - b);
  const last = positions[positions.length - 1];
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const position of positions) {
    const group = byPosition.get(position)!;
    if (!group.some((l) => l.config === own)) continue; // a stop word in the query's language
    const forms = group.filter((l) => l.config !== WORDS_CONFIG);
    const word = group.find((l) => l.config === WORDS_CONFIG)?.lexeme;
    const prefix = stillTyping && position === last;
    const distinct = [...new Set(forms.map((l) => l.lexeme))].sort();
    const tsquery = orOf(distinct.map((x) => `${quoteLexeme(x)}${prefix ? ':*' : ''}`));
    if (seen.has(tsquery)) continue;
    seen.add(tsquery);
    const dfs = forms.map((l) => (prefix ? (l.prefixDf ?? l.df) : l.df));
    const known = dfs.filter((d): d is number => d !== undefined);
    terms.push({
      tsquery,
      prefix,
      weight: 1,
      forms: distinct.length,
      ...(known.length ? { df: Math.max(...known) } : {}),
      ...(word ? { word } : {}),
    });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  for (const c of corrections) {
    if (!c.lexemes.length || !terms.some((t) => t.word === c.word)) continue;
    const distinct = [...new Set(c.lexemes.map((l) => l.lexeme))].sort();
    terms.push({
      tsquery: orOf(distinct.map(quoteLexeme)),
      prefix: false,
      weight: TYPO_TERM_WEIGHT[c.typos],
      forms: distinct.length,
      df: Math.max(...c.lexemes.map((l) => l.df)),
      word: c.word,
    });
  }
  return terms;
}

/** Any term matches: candidates are found broadly; ranking rewards matching more of them. */
export function anyTermQuery(terms: QueryTerm[]): string {
  return terms.map((t) => t.tsquery).join(' | ');
}

/**
 * Every word (a conjunction), a word matching as typed or as corrected: the all-terms boost
 * and the all-common-words candidate walk.
 */
export function allTermsQuery(terms: QueryTerm[]): string {
  const slots = new Map<string, string[]>();
  terms.forEach((t, i) => {
    const key = t.word ?? `#${i}`;
    slots.set(key, [...(slots.get(key) ?? []), t.tsquery]);
  });
  return [...slots.values()].map((parts) => orOf(parts)).join(' & ');
}

/** BM25's idf from public document counts (never from what only some viewers may see). */
export function idf(df: number, total: number): number {
  const n = Math.max(total, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
