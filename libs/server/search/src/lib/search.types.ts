import type { TextLanguage } from './documents/language';
/** What can be searched. */
export const SEARCH_DOCUMENT_TYPES = ['post', 'user', 'file', 'bookmark', 'community'] as const;
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number];

export interface SearchFilters {
  communityIds?: string[];
  authorIds?: string[];
  tags?: string[];
  answeredOnly?: boolean;
  from?: Date;
  to?: Date;
}

/** Who is searching: what they may see, and whose work they trust (for boosts). */
export interface SearchViewer {
  id: string;
  /** Restricted communities the viewer is a member of: their members-only posts are visible. */
  visibleCommunityIds: string[];
  /**
   * Restricted communities the viewer may see listed (members and invitees, as
   * AccessPolicy.visibleCommunitiesSql): their community documents are visible, not their posts.
   */
  listedCommunityIds: string[];
  /** People the viewer follows ("your colleagues are your filter"). */
  networkUserIds: string[];
  /** Every community the viewer is a member of (boost only, never visibility). */
  ownCommunityIds: string[];
  department: string | null;
}

/** A misspelt word and what it is searched as (lib/spelling). */
export interface QueryCorrection {
  /** The word as typed, folded (lower case, no accents). */
  word: string;
  /** Lexicon words it may have meant, best first. */
  alternatives: string[];
  typos: 1 | 2;
}

/** The one query object every engine takes. */
export interface SearchQuery {
  /** Words to rank (search syntax already taken out by the parser, lib/query). */
  text: string;
  /** Phrases documents must hold as written (typed in quotes on purpose). */
  phrases?: string[];
  /** Words documents must not hold (typed as -word on purpose). */
  excluded?: string[];
  /** Search exactly what was typed: no typo tolerance (the "search instead for" way back). */
  literal?: boolean;
  /** Misspelt words of `text` and their alternatives from the lexicon the viewer may see. */
  corrections?: QueryCorrection[];
  /** The query's language (stop words); detected from the text when absent. */
  language?: TextLanguage;
  types?: SearchDocumentType[];
  filters: SearchFilters;
  viewer: SearchViewer;
  limit: number;
  offset: number;
  /**
   * The page's ids and scores only: no snippets, no facets (similar questions and suggested
   * experts show neither, and snippets cost more than the search itself). The total stays.
   */
  hitsOnly?: boolean;
}

export interface SearchHighlight {
  field: 'title' | 'body' | 'answer';
  /** Plain text with matches wrapped in HIGHLIGHT_START / HIGHLIGHT_END sentinels (see highlight.ts). */
  snippet: string;
}

export interface SearchHitRef {
  id: string;
  type: SearchDocumentType;
  score: number;
  highlights: SearchHighlight[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  types: FacetCount[];
  tags: FacetCount[];
  communities: FacetCount[];
}

/** The one result shape every engine returns: ids only; callers re-read and re-check. */
export interface SearchResult {
  hits: SearchHitRef[];
  total: number;
  facets: SearchFacets;
}

/** One searchable thing as built from PostgreSQL (the source of truth), engine-neutral. */
export interface SearchDocument {
  id: string;
  type: SearchDocumentType;
  /** Weight A: first line of a post / the question; a person's name. */
  title: string;
  /** Weight B: the rest of the post; a person's handle, job title, department, expertise. */
  body: string;
  /** Weight C: the accepted answer. */
  answer: string;
  /** Weight D: other replies (and a person's bio). */
  extra: string;
  tags: string[];
  language: TextLanguage;
  audience: 'public' | 'members';
  communityId: string | null;
  /** Only `authorId` may find it (private bookmarks), on top of the audience rule. */
  ownerOnly: boolean;
  /** Post author, file owner, bookmark owner, community creator; the person for a person. */
  authorId: string | null;
  authorDepartment: string | null;
  isQuestion: boolean;
  hasAcceptedAnswer: boolean;
  replyCount: number;
  likeCount: number;
  createdAt: Date;
}

export interface SearchDocumentKey {
  id: string;
  type: SearchDocumentType;
}

/** The port (DESIGN.md §6): PostgreSQL by default, Meilisearch when MEILI_URL is set. */
export interface SearchEngine {
  readonly name: string;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * Idempotent: inserting a document twice leaves one. `bulk` (a full reindex only): skip what
   * `afterReindex` recomputes anyway (per-batch term statistics).
   */
  upsert(documents: SearchDocument[], options?: { bulk?: boolean }): Promise<void>;
  remove(keys: SearchDocumentKey[]): Promise<void>;
  /** Applies settings / prepares storage; safe to call at every start. */
  prepare(): Promise<void>;
  /** Before a full reindex: switch storage to bulk loading (undone by `afterReindex`). */
  beforeReindex?(): Promise<void>;
  /** After a full reindex: recompute anything derived from the whole index (term statistics). */
  afterReindex?(): Promise<void>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
