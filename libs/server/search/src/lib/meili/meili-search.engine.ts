import type * as Meili from 'meilisearch' with { 'resolution-mode': 'import' };
import { boostFactor } from '../ranking';
import {
  FacetCount,
  SearchDocument,
  SearchDocumentKey,
  SearchEngine,
  SearchHighlight,
  SearchQuery,
  SearchResult,
} from '../search.types';
import { buildMeiliFilter } from './meili-filter';
import {
  MEILI_FACETS,
  MEILI_HIGHLIGHT,
  MEILI_INDEX,
  MEILI_SETTINGS,
  MeiliDocument,
  meiliKey,
  toMeiliDocument,
} from './meili-settings';

/** Viewer boosts are applied to this many text-ranked candidates (Meili cannot rank per viewer). */
export const RERANK_WINDOW = 200;
const TASK_TIMEOUT_MS = 30_000;

/**
 * meilisearch 0.56 is the newest release that still ships CommonJS (0.57+ is ESM-only); its
 * types are declared as ESM, so types come from a type-only import and the code from require.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MeiliSearch } = require('meilisearch') as typeof Meili;

/**
 * Thin adapter over the official client: settings from meili-settings.ts, filters only from
 * buildMeiliFilter, documents from toMeiliDocument. Meilisearch ranks by text; the viewer's
 * boosts (ranking.ts) then reorder the candidate window, as the PostgreSQL engine does in SQL.
 */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: Meili.MeiliSearch;

  constructor(options: { host: string; apiKey?: string | null; indexName?: string }) {
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey ?? undefined });
    this.indexName = options.indexName ?? MEILI_INDEX;
  }

  private readonly indexName: string;

  private get index() {
    return this.client.index<MeiliDocument>(this.indexName);
  }

  async prepare(): Promise<void> {
    await this.client
      .createIndex(this.indexName, { primaryKey: 'key' })
      .waitTask({ timeout: TASK_TIMEOUT_MS })
      .catch(() => undefined); // already exists
    await this.index.updateSettings(MEILI_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.index
      .addDocuments(documents.map(toMeiliDocument), { primaryKey: 'key' })
      .waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async remove(keys: SearchDocumentKey[]): Promise<void> {
    if (!keys.length) return;
    await this.index
      .deleteDocuments(keys.map((k) => meiliKey(k.type, k.id)))
      .waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const response = await this.index.search(meiliQueryText(query), meiliSearchParams(query));
    const now = new Date();
    const ranked = response.hits
      .map((hit) => ({
        hit,
        score:
          (hit._rankingScore ?? 0) *
          boostFactor({ ...hit, createdAt: new Date(hit.createdAt) }, query.viewer, now),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(query.offset, query.offset + query.limit);
    const distribution = response.facetDistribution ?? {};
    return {
      hits: ranked.map(({ hit, score }) => ({
        id: hit.id,
        type: hit.type,
        score,
        highlights: toHighlights(hit._formatted),
      })),
      total: response.estimatedTotalHits ?? ranked.length,
      facets: {
        types: toFacet(distribution.type),
        tags: toFacet(distribution.tags),
        communities: toFacet(distribution.communityId),
      },
    };
  }
}

/**
 * The q string: the words with every quote and leading minus taken out (a pasted title is words;
 * Meilisearch would read them as syntax), then the phrases and exclusions the parser found, in
 * Meilisearch's own syntax. Meilisearch corrects typos itself with the same rules; a literal
 * search ("search instead for") quotes each word, which turns its typo tolerance off.
 */
export function meiliQueryText(query: SearchQuery): string {
  const words = query.text
    .replace(/"/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^-+/, ''))
    .filter(Boolean)
    .map((w) => (query.literal ? `"${w}"` : w));
  const clean = (t: string) => t.replace(/"/g, ' ').trim();
  return [
    ...words,
    ...(query.phrases ?? []).map((p) => `"${clean(p)}"`),
    ...(query.excluded ?? []).map((e) => `-${clean(e).replace(/^-+/, '')}`),
  ]
    .filter((t) => t !== '""' && t !== '-')
    .join(' ');
}

/** The request for one query: filter, boost window and, unless `hitsOnly`, facets and snippets. */
export function meiliSearchParams(query: SearchQuery): Meili.SearchParams {
  return {
    filter: buildMeiliFilter(query),
    limit: Math.min(RERANK_WINDOW, Math.max(query.offset + query.limit, 1)),
    offset: 0,
    showRankingScore: true,
    ...(query.hitsOnly ? {} : { facets: MEILI_FACETS, ...MEILI_HIGHLIGHT }),
  };
}

function toFacet(counts: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, 20);
}

function toHighlights(formatted: Partial<MeiliDocument> | undefined): SearchHighlight[] {
  if (!formatted) return [];
  const list: SearchHighlight[] = [];
  if (formatted.title) list.push({ field: 'title', snippet: formatted.title });
  if (formatted.answer) list.push({ field: 'answer', snippet: formatted.answer });
  if (formatted.body) list.push({ field: 'body', snippet: formatted.body });
  return list;
}
