import { DataSource } from 'typeorm';
import { detectLanguage, TextLanguage } from '../documents/language';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight';
import { ALL_TERMS_BOOST } from '../ranking';
import {
  FacetCount,
  SearchDocument,
  SearchDocumentKey,
  SearchEngine,
  SearchHighlight,
  SearchQuery,
  SearchResult,
} from '../search.types';
import { boostSql, FIELD_WEIGHTS_SQL } from './ranking-sql';
import { anyTermQuery, QueryLexeme, QueryTerm, toQueryTerms } from './tsquery';

/** Below this many full-text hits, titles are also matched by trigram similarity (typos). */
export const TYPO_FALLBACK_BELOW = 5;
/** Typo matches rank under real matches: their similarity (0..1) is scaled by this. */
export const TYPO_SCORE_WEIGHT = 0.05;
/** Most typo candidates considered, so a short query cannot scan every title. */
const TYPO_CANDIDATES = 200;
const FACET_SIZE = 20;

interface Params {
  push(value: unknown): string;
  values: unknown[];
}

function params(): Params {
  const values: unknown[] = [];
  return {
    values,
    push(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

interface PageRow {
  id: string;
  type: 'post' | 'user';
  score: number;
}

/**
 * The default engine: PostgreSQL full-text search over `search_documents`. Visibility is part
 * of the WHERE clause, so totals, facets and pages only ever count what the viewer may see.
 * Scoring is BM25-like: each query term contributes idf × weighted ts_rank, then the named
 * boosts of ranking.ts multiply.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

  async prepare(): Promise<void> {
    // The table and indexes come from the Search migration; nothing to apply at start.
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const language = detectLanguage(query.text);
    const terms = await this.queryTerms(query.text, language);
    if (!terms.length) return emptyResult();
    let result = await this.run(query, terms, language, false);
    if (result.total < TYPO_FALLBACK_BELOW && query.text.trim().length >= 3) {
      result = await this.run(query, terms, language, true);
    }
    return result;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.dataSource.query(
      `INSERT INTO search_documents AS s (id, type, title, body, answer, extra, tags, language, audience,
              community_id, author_id, author_department, is_question, has_accepted_answer, reply_count,
              like_count, created_at, indexed_at, tsv)
       SELECT d.id, d.type, d.title, d.body, d.answer, d.extra, d.tags, d.language, d.audience,
              d.community_id, d.author_id, d.author_department, d.is_question, d.has_accepted_answer,
              d.reply_count, d.like_count, d.created_at, now(),
              setweight(to_tsvector(d.language::regconfig, d.title), 'A')
                || setweight(to_tsvector(d.language::regconfig, d.body), 'B')
                || setweight(to_tsvector(d.language::regconfig, d.answer), 'C')
                || setweight(to_tsvector(d.language::regconfig, d.extra || ' ' || array_to_string(d.tags, ' ')), 'D')
         FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, type text, title text, body text, answer text,
              extra text, tags text[], language text, audience text, community_id uuid, author_id uuid,
              author_department text, is_question boolean, has_accepted_answer boolean, reply_count int,
              like_count int, created_at timestamptz)
       ON CONFLICT (type, id) DO UPDATE SET
              title = EXCLUDED.title, body = EXCLUDED.body, answer = EXCLUDED.answer, extra = EXCLUDED.extra,
              tags = EXCLUDED.tags, language = EXCLUDED.language, audience = EXCLUDED.audience,
              community_id = EXCLUDED.community_id, author_id = EXCLUDED.author_id,
              author_department = EXCLUDED.author_department, is_question = EXCLUDED.is_question,
              has_accepted_answer = EXCLUDED.has_accepted_answer, reply_count = EXCLUDED.reply_count,
              like_count = EXCLUDED.like_count, created_at = EXCLUDED.created_at,
              indexed_at = EXCLUDED.indexed_at, tsv = EXCLUDED.tsv`,
      [JSON.stringify(documents.map(toRow))],
    );
  }

  async remove(keys: SearchDocumentKey[]): Promise<void> {
    if (!keys.length) return;
    await this.dataSource.query(
      `DELETE FROM search_documents WHERE (type, id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [keys.map((k) => k.type), keys.map((k) => k.id)],
    );
  }

  /** Lexemes as PostgreSQL's own parser and stemmer see them (English, plus Swedish if detected). */
  private async queryTerms(text: string, language: TextLanguage): Promise<QueryTerm[]> {
    const configs = language === 'swedish' ? ['swedish', 'english'] : ['english'];
    const rows: { lexeme: string; positions: number[] | null }[] = await this.dataSource.query(
      `SELECT v.lexeme, v.positions FROM unnest($1::regconfig[]) AS c(cfg), unnest(to_tsvector(c.cfg, $2)) AS v`,
      [configs, text],
    );
    const lexemes: QueryLexeme[] = rows.map((r) => ({
      lexeme: r.lexeme,
      positions: r.positions ?? [1],
    }));
    return toQueryTerms(lexemes, text);
  }

  private async run(
    query: SearchQuery,
    terms: QueryTerm[],
    language: TextLanguage,
    withTypos: boolean,
  ): Promise<SearchResult> {
    const p = params();
    const vis = `(d.audience = 'public' OR d.community_id = ANY(${p.push(query.viewer.visibleCommunityIds)}::uuid[]))`;
    const filters = filterSql(query, p);
    const anyQuery = p.push(anyTermQuery(terms));
    const boost = boostSql('d', {
      network: p.push(query.viewer.networkUserIds),
      ownCommunities: p.push(query.viewer.ownCommunityIds),
      department: p.push(query.viewer.department),
    });
    const strictParams = `${p.push(language)}::regconfig, ${p.push(query.text)}`;
    // Quotes and -exclusions are honoured as written (websearch syntax); otherwise matching
    // every word is a boost, not a requirement, so long natural questions still find answers.
    const requireStrict = /"|(^|\s)-[\p{L}\p{N}]/u.test(query.text);
    const termList = p.push(terms.map((t) => t.tsquery));
    const limit = `${p.push(query.limit)}::int`;
    const offset = `${p.push(query.offset)}::int`;
    const lowerText = withTypos ? `${p.push(query.text.toLowerCase())}::text` : '';
    const typoBranch = withTypos
      ? `UNION ALL
         (SELECT d.id, d.type, d.community_id, d.tags,
                 word_similarity(${lowerText}, lower(d.title)) * ${TYPO_SCORE_WEIGHT} * ${boost} AS score
            FROM search_documents d
           WHERE ${lowerText} <% lower(d.title) AND ${vis} AND ${filters}
             AND NOT (d.tsv @@ ${anyQuery}::tsquery)
           ORDER BY score DESC LIMIT ${TYPO_CANDIDATES})`
      : '';
    const sql = `
      WITH corpus AS (
        SELECT CASE WHEN c.reltuples > 0 THEN c.reltuples::float8
                    ELSE (SELECT count(*) FROM search_documents)::float8 END AS total
          FROM pg_class c WHERE c.oid = 'search_documents'::regclass),
      terms AS MATERIALIZED (
        -- Inverse document frequency over what this viewer may see (no side channel on counts).
        SELECT t.q, ln(1 + (greatest(n.total, df.c) - df.c + 0.5) / (df.c + 0.5)) AS idf
          FROM unnest(${termList}::tsquery[]) AS t(q) CROSS JOIN corpus n
          CROSS JOIN LATERAL (SELECT count(*)::float8 AS c FROM search_documents d
                               WHERE d.tsv @@ t.q AND ${vis}) df),
      fts AS MATERIALIZED (
        SELECT d.id, d.type, d.community_id, d.tags,
               (SELECT coalesce(sum(t.idf * ts_rank(${FIELD_WEIGHTS_SQL}, d.tsv, t.q, 1)), 0) FROM terms t)
                 * CASE WHEN d.tsv @@ websearch_to_tsquery(${strictParams}) THEN ${1 + ALL_TERMS_BOOST} ELSE 1 END
                 * ${boost} AS score
          FROM search_documents d
         WHERE d.tsv @@ ${anyQuery}::tsquery AND ${vis} AND ${filters}
           ${requireStrict ? `AND d.tsv @@ websearch_to_tsquery(${strictParams})` : ''}),
      hits AS (SELECT * FROM fts ${typoBranch})
      SELECT
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT h.id, h.type, h.score FROM hits h ORDER BY h.score DESC, h.type, h.id
            LIMIT ${limit} OFFSET ${offset}) x) AS page,
        (SELECT count(*)::int FROM hits) AS total,
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT h.type AS value, count(*)::int AS count FROM hits h GROUP BY h.type
            ORDER BY count DESC, value) x) AS types,
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT tag AS value, count(*)::int AS count FROM hits h, unnest(h.tags) AS tag GROUP BY tag
            ORDER BY count DESC, value LIMIT ${FACET_SIZE}) x) AS tags,
        (SELECT coalesce(json_agg(x), '[]') FROM (
           SELECT h.community_id::text AS value, count(*)::int AS count FROM hits h
            WHERE h.community_id IS NOT NULL GROUP BY h.community_id
            ORDER BY count DESC, value LIMIT ${FACET_SIZE}) x) AS communities`;
    const [row]: {
      page: PageRow[];
      total: number;
      types: FacetCount[];
      tags: FacetCount[];
      communities: FacetCount[];
    }[] = await this.dataSource.query(sql, p.values);
    const highlights = await this.highlights(row.page, anyTermQuery(terms));
    return {
      hits: row.page.map((h) => ({
        id: h.id,
        type: h.type,
        score: h.score,
        highlights: highlights.get(`${h.type}:${h.id}`) ?? [],
      })),
      total: row.total,
      facets: { types: row.types, tags: row.tags, communities: row.communities },
    };
  }

  /** Snippets for one page only (ts_headline is costly); the answer is preferred over the body. */
  private async highlights(
    page: PageRow[],
    tsquery: string,
  ): Promise<Map<string, SearchHighlight[]>> {
    const map = new Map<string, SearchHighlight[]>();
    if (!page.length) return map;
    const marks = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}"`;
    const rows: {
      id: string;
      type: string;
      title: string;
      answer: string | null;
      body: string | null;
    }[] = await this.dataSource.query(
      `SELECT d.id, d.type,
              ts_headline(d.language::regconfig, d.title, $3::tsquery, 'HighlightAll=true, ' || $4) AS title,
              CASE WHEN d.answer <> '' THEN ts_headline(d.language::regconfig, d.answer, $3::tsquery,
                   'MaxWords=35, MinWords=12, MaxFragments=1, ' || $4) END AS answer,
              CASE WHEN d.answer = '' AND d.body <> '' THEN ts_headline(d.language::regconfig, d.body, $3::tsquery,
                   'MaxWords=35, MinWords=12, MaxFragments=1, ' || $4) END AS body
         FROM search_documents d
        WHERE (d.type, d.id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [page.map((h) => h.type), page.map((h) => h.id), tsquery, marks],
    );
    for (const r of rows) {
      const list: SearchHighlight[] = [{ field: 'title', snippet: r.title }];
      if (r.answer) list.push({ field: 'answer', snippet: r.answer });
      if (r.body) list.push({ field: 'body', snippet: r.body });
      map.set(`${r.type}:${r.id}`, list);
    }
    return map;
  }
}

/** Filters from the allow-listed query object only; every value is a bound parameter. */
function filterSql(query: SearchQuery, p: Params): string {
  const where: string[] = ['true'];
  const f = query.filters;
  if (query.types?.length) where.push(`d.type = ANY(${p.push(query.types)}::text[])`);
  if (f.communityIds?.length) where.push(`d.community_id = ANY(${p.push(f.communityIds)}::uuid[])`);
  if (f.authorIds?.length) where.push(`d.author_id = ANY(${p.push(f.authorIds)}::uuid[])`);
  if (f.tags?.length) where.push(`d.tags && ${p.push(f.tags)}::text[]`);
  if (f.answeredOnly) where.push(`d.has_accepted_answer`);
  if (f.from) where.push(`d.created_at >= ${p.push(f.from.toISOString())}::timestamptz`);
  if (f.to) where.push(`d.created_at < ${p.push(f.to.toISOString())}::timestamptz`);
  return where.join(' AND ');
}

function toRow(d: SearchDocument) {
  return {
    id: d.id,
    type: d.type,
    title: d.title,
    body: d.body,
    answer: d.answer,
    extra: d.extra,
    tags: d.tags,
    language: d.language,
    audience: d.audience,
    community_id: d.communityId,
    author_id: d.authorId,
    author_department: d.authorDepartment,
    is_question: d.isQuestion,
    has_accepted_answer: d.hasAcceptedAnswer,
    reply_count: d.replyCount,
    like_count: d.likeCount,
    created_at: d.createdAt.toISOString(),
  };
}

export function emptyResult(): SearchResult {
  return { hits: [], total: 0, facets: { types: [], tags: [], communities: [] } };
}
