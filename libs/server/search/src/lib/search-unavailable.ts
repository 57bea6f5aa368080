import { Logger } from '@nestjs/common';
import { AppError, ServiceUnavailableError } from '@outloud/server-core';
import { SearchDocumentKey, SearchEngine, SearchQuery, SearchResult } from './search.types';

export const SEARCH_UNAVAILABLE_MESSAGE =
  'Search is not available right now. Posting and reading still work; try the search again in a moment.';

/**
 * The engine as the request path sees it: when the engine fails (Meilisearch unreachable, the
 * search statements failing), a search answers SERVICE_UNAVAILABLE (503, Retry-After) saying so —
 * never a generic error, and never results from anywhere else. Writes are not affected: the
 * index is fed by outbox jobs, which retry until the engine answers again and so catch up.
 */
export function withSearchUnavailable(engine: SearchEngine, logger = new Logger('Search')) {
  return new SearchUnavailableGuard(engine, logger);
}

class SearchUnavailableGuard implements SearchEngine {
  readonly name: string;

  constructor(
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
  ) {
    this.name = engine.name;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    try {
      return await this.engine.search(query);
    } catch (error) {
      // Our own refusals pass unchanged. Anything else is the engine's failure, even a refused
      // connection (which would otherwise read as the database's): the database answered the
      // viewer's lookup just before.
      if (error instanceof AppError) throw error;
      this.logger.warn(`Search engine ${this.engine.name} failed: ${(error as Error).message}`);
      throw new ServiceUnavailableError(5, SEARCH_UNAVAILABLE_MESSAGE);
    }
  }

  upsert(...args: Parameters<SearchEngine['upsert']>) {
    return this.engine.upsert(...args);
  }
  remove(keys: SearchDocumentKey[]) {
    return this.engine.remove(keys);
  }
  prepare() {
    return this.engine.prepare();
  }
  async beforeReindex() {
    await this.engine.beforeReindex?.();
  }
  async afterReindex() {
    await this.engine.afterReindex?.();
  }
}
