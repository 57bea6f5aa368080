import { Inject, Injectable, Logger } from '@nestjs/common';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import {
  BadUserInputError,
  cleanLine,
  cursorCodec,
  pageSize,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { Post, PostCards } from '@outloud/stream';
import type { Request } from 'express';
import { UserStatus } from '@outloud/contracts';
import {
  SearchArgs,
  SearchResultConnection,
  SearchType,
  SimilarQuestionsArgs,
} from './graphql/search.model';
import { snippetToHtml } from './highlight';
import { hasSearchTerms, ParsedSearchText, parseSearchText } from './query/search-text-parser';
import { correctedText, toTextQuery } from './query/text-query';
import {
  searchedPart,
  searchFiltersSchema,
  searchTextSchema,
  searchTypesSchema,
} from './search.schemas';
import { emptyResult } from './postgres/postgres-search.engine';
import { SearchLexicon } from './spelling/search-lexicon';
import { SEARCH_ENGINE, SearchEngine, SearchHitRef, SearchQuery } from './search.types';
import { SearchTargetsRepository } from './search-targets.repository';
import { SearchViewerRepository } from './search-viewer.repository';

/** Deepest result a cursor may reach: relevance pages past this are noise, and cost grows. */
export const MAX_SEARCH_OFFSET = 1000;
/** Relevance pages: how many hits came before, up to MAX_SEARCH_OFFSET. */
const SEARCH_CURSOR = cursorCodec({ offset: 'offset' }, { max: MAX_SEARCH_OFFSET });
const SIMILAR_DEFAULT = 5;
const SIMILAR_MAX = 10;
/** Drafts shorter than this have too little to compare. */
const SIMILAR_MIN_CHARS = 8;

/**
 * The search edge: validates input, asks the engine (which filters by visibility inside its
 * query), then re-reads every hit from PostgreSQL and re-checks it with the access policy.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Search');

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly viewers: SearchViewerRepository,
    private readonly cards: PostCards,
    private readonly users: UserRepository,
    private readonly targets: SearchTargetsRepository,
    private readonly lexicon: SearchLexicon,
  ) {}

  async search(viewer: Viewer, args: SearchArgs, req: Request): Promise<SearchResultConnection> {
    const typed = validateInput(searchTextSchema, args.query, 'query');
    const types = validateInput(searchTypesSchema, args.types, 'types');
    const filters = validateInput(searchFiltersSchema, args.filters ?? {}, 'filters');
    const limit = pageSize(args.first);
    const offset = SEARCH_CURSOR.decode(args.after)?.offset ?? 0;
    const searchViewer = await this.viewers.load(viewer.id);
    const parsed = await this.withFilters(parseSearchText(typed, 'search'), viewer.id);
    const textQuery = await toTextQuery(parsed.text, searchViewer, this.lexicon, {
      literal: args.literal ?? false,
    });
    const both = <T>(a: T[] | null | undefined, b: T[]) =>
      a?.length || b.length ? [...new Set([...(a ?? []), ...b])] : undefined;
    const query: SearchQuery = {
      ...textQuery,
      literal: args.literal ?? false,
      types: types?.length ? types : undefined,
      filters: {
        communityIds: both(filters.communityIds, parsed.communityIds),
        authorIds: both(filters.authorIds, parsed.authorIds),
        tags: both(filters.tags, parsed.text.tags),
        answeredOnly: filters.answeredOnly ?? undefined,
        from: filters.from ?? undefined,
        to: filters.to ?? undefined,
      },
      viewer: searchViewer,
      limit: limit + 1,
      offset,
    };
    // Punctuation or filters alone: nothing to rank, an empty page (never everything).
    const result = hasSearchTerms(parsed.text) ? await this.engine.search(query) : emptyResult();
    const page = result.hits.slice(0, limit);
    const nodes = await this.hydrate(req, viewer.id, page);
    const edges = nodes.map((node, i) => ({
      node,
      cursor: SEARCH_CURSOR.encode({ offset: offset + i + 1 }),
    }));
    return {
      edges,
      nodes,
      totalCount: result.total,
      facets: result.facets,
      correctedQuery: correctedText(typed, textQuery.corrections),
      corrections: textQuery.corrections.map((c) => ({
        original: c.typed,
        corrected: c.alternatives[0],
      })),
      language: textQuery.language ?? 'english',
      pageInfo: {
        hasNextPage: result.hits.length > limit && offset + limit < MAX_SEARCH_OFFSET,
        endCursor: page.length ? SEARCH_CURSOR.encode({ offset: offset + page.length }) : null,
      },
    };
  }

  /** Answered questions close to a draft; cheap enough to call while the person types. */
  async similarQuestions(
    viewer: Viewer,
    args: SimilarQuestionsArgs,
    req: Request,
  ): Promise<Post[]> {
    const first = args.first ?? SIMILAR_DEFAULT;
    if (!Number.isInteger(first) || first < 1 || first > SIMILAR_MAX) {
      throw BadUserInputError.field(['first'], `"first" must be between 1 and ${SIMILAR_MAX}.`);
    }
    // A draft may be long; its opening says what it is about. Drafts never use search syntax.
    const text = searchedPart(cleanLine(args.draft.replace(/\s+/g, ' ')));
    if (text.length < SIMILAR_MIN_CHARS) return [];
    const searchViewer = await this.viewers.load(viewer.id);
    const result = await this.engine.search({
      ...(await toTextQuery(parseSearchText(text, 'plain'), searchViewer, this.lexicon)),
      types: ['post'],
      filters: { answeredOnly: true },
      viewer: searchViewer,
      limit: first,
      offset: 0,
      hitsOnly: true,
    });
    const hits = await this.hydrate(req, viewer.id, result.hits);
    return hits.flatMap((h) => (h.post ? [h.post] : []));
  }

  /**
   * Resolves author: and in: to ids (only communities the viewer may see); a handle or slug that
   * resolves to nothing stays a word of the query, as if no syntax had been meant.
   */
  private async withFilters(parsed: ParsedSearchText, viewerId: string) {
    const [authors, communities] = await Promise.all([
      Promise.all(parsed.authors.map((h) => this.users.findByHandle(h))),
      this.targets.visibleCommunityIdsBySlug(parsed.communities, viewerId),
    ]);
    const unresolved = [
      ...parsed.authors.filter((_, i) => !authors[i]),
      ...parsed.communities.filter((slug) => !communities.has(slug)),
    ];
    return {
      text: {
        ...parsed,
        text: [parsed.text, ...unresolved].join(' ').trim(),
      },
      authorIds: authors.flatMap((u) => (u ? [u.id] : [])),
      communityIds: [...communities.values()],
    };
  }

  /**
   * Re-reads hits from PostgreSQL; anything the viewer may no longer see is dropped. Posts come
   * as cards (`PostCards`): visibility and the card's fields in one statement.
   */
  private async hydrate(req: Request, viewerId: string, hits: SearchHitRef[]) {
    const idsOf = (type: SearchHitRef['type']) =>
      hits.filter((h) => h.type === type).map((h) => h.id);
    const userIds = idsOf('user');
    const [postById, users, files, bookmarks, communities] = await Promise.all([
      this.cards.visibleLive(req, viewerId, idsOf('post')),
      userIds.length ? this.users.findByIds(userIds) : Promise.resolve([]),
      this.targets.visibleFiles(idsOf('file'), viewerId),
      this.targets.visibleBookmarks(idsOf('bookmark'), viewerId),
      this.targets.visibleCommunities(idsOf('community'), viewerId),
    ]);
    const userById = new Map<string, User>(
      users.filter((u) => u.status === UserStatus.ACTIVE).map((u) => [u.id, toUserModel(u)]),
    );
    const nodes = [];
    for (const hit of hits) {
      const node = {
        post: hit.type === 'post' ? (postById.get(hit.id) ?? null) : null,
        user: hit.type === 'user' ? (userById.get(hit.id) ?? null) : null,
        file: hit.type === 'file' ? (files.get(hit.id) ?? null) : null,
        bookmark: hit.type === 'bookmark' ? (bookmarks.get(hit.id) ?? null) : null,
        community: hit.type === 'community' ? (communities.get(hit.id) ?? null) : null,
      };
      if (!node.post && !node.user && !node.file && !node.bookmark && !node.community) {
        // The index lags a write (the outbox will catch up) or access changed: never show it.
        this.logger.debug(`Dropped stale search hit ${hit.type}:${hit.id}`);
        continue;
      }
      const highlights = hit.highlights.map((h) => ({
        field: h.field,
        html: snippetToHtml(h.snippet),
      }));
      const best = highlights.find((h) => h.field !== 'title') ?? highlights[0];
      nodes.push({
        type: hit.type as SearchType,
        score: hit.score,
        highlight: best?.html ?? null,
        highlights,
        ...node,
      });
    }
    return nodes;
  }
}
