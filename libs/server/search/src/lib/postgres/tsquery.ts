/** Most query terms considered: a pasted paragraph must not become a 500-term OR. */
export const MAX_QUERY_TERMS = 32;

export interface QueryLexeme {
  lexeme: string;
  /** Word position in the query (1-based), from to_tsvector. */
  positions: number[];
  /** Public documents containing the lexeme (search_terms), for idf. */
  df?: number;
  /** Public documents containing a lexeme starting with it (summed), when it may be a prefix. */
  prefixDf?: number | null;
}

export interface QueryTerm {
  /** A tsquery for one lexeme, quoted so no user text is read as tsquery syntax. */
  tsquery: string;
  prefix: boolean;
  /** Document frequency of the term (of its prefix, for a prefix term), when known. */
  df?: number;
}

/** Quotes a lexeme as a tsquery literal: single quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Turns the lexemes PostgreSQL extracted from the query into per-term tsqueries. The last word
 * becomes a prefix match while the person is still typing it (the text does not end in a
 * space or punctuation), which is what makes search-as-you-type work.
 */
export function toQueryTerms(lexemes: QueryLexeme[], rawText: string): QueryTerm[] {
  const stillTyping = /[\p{L}\p{N}]$/u.test(rawText);
  const last = Math.max(0, ...lexemes.flatMap((l) => l.positions));
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  const ordered = [...lexemes].sort((a, b) => Math.min(...a.positions) - Math.min(...b.positions));
  for (const l of ordered) {
    const prefix = stillTyping && l.positions.includes(last);
    const tsquery = `${quoteLexeme(l.lexeme)}${prefix ? ':*' : ''}`;
    if (seen.has(tsquery)) continue;
    seen.add(tsquery);
    const df = prefix ? (l.prefixDf ?? l.df) : l.df;
    terms.push(df === undefined ? { tsquery, prefix } : { tsquery, prefix, df });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** Any term matches: candidates are found broadly; ranking rewards matching more of them. */
export function anyTermQuery(terms: QueryTerm[]): string {
  return terms.map((t) => t.tsquery).join(' | ');
}

/** Every term (a conjunction), for the terms given. */
export function allTermsQuery(terms: QueryTerm[]): string {
  return terms.map((t) => t.tsquery).join(' & ');
}

/** BM25's idf from public document counts (never from what only some viewers may see). */
export function idf(df: number, total: number): number {
  const n = Math.max(total, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
