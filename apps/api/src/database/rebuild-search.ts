import {
  createSearchEngine,
  SearchDocumentSource,
  SearchIndexer,
  SearchLexicon,
  SearchLexiconSource,
} from '@outloud/search';
import { AppConfig, SnakeNamingStrategy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { Progress } from '../seed/progress';

/**
 * Rebuilds the configured search engine (PostgreSQL, or Meilisearch when MEILI_URL is set) from
 * PostgreSQL in batches, with a progress bar. Upserts are idempotent, so it can run while the
 * product serves; outbox jobs that land meanwhile re-read the same rows.
 */
export async function rebuildSearchIndex(
  url: string,
  config: AppConfig,
): Promise<{ documents: number; perSecond: number }> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  await dataSource.initialize();
  try {
    const engine = createSearchEngine(dataSource, {
      MEILI_URL: config.get('MEILI_URL'),
      MEILI_API_KEY: config.get('MEILI_API_KEY'),
    });
    const source = new SearchDocumentSource(dataSource);
    // Posts, people, files, bookmarks and communities.
    const { total } = await source.counts();
    const progress = new Progress(`Reindexing ${engine.name}`, total);
    const started = Date.now();
    const documents = await new SearchIndexer(
      source,
      engine,
      new SearchLexicon(new SearchLexiconSource(dataSource)),
    ).reindexAll((n) => progress.update(n));
    progress.finish();
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return { documents, perSecond: Math.round(documents / seconds) };
  } finally {
    await dataSource.destroy();
  }
}
