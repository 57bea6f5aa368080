import { createSearchEngine, SearchDocumentSource, SearchIndexer } from '@outloud/search';
import { SnakeNamingStrategy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { runMigrations } from '../database/migrate';
import { Progress } from '../seed/progress';
import { cliDatabase, runCli } from './cli-database';

/**
 * `npm run reindex`: rebuilds the configured search engine (PostgreSQL, or Meilisearch when
 * MEILI_URL is set) from PostgreSQL in batches. Upserts are idempotent, so it can run while the
 * product serves; outbox jobs that land meanwhile re-read the same rows.
 */
runCli(async () => {
  const db = await cliDatabase();
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  try {
    await runMigrations(db.url);
    await dataSource.initialize();
    const engine = createSearchEngine(dataSource, {
      MEILI_URL: db.config.get('MEILI_URL'),
      MEILI_API_KEY: db.config.get('MEILI_API_KEY'),
    });
    const source = new SearchDocumentSource(dataSource);
    const { posts, users } = await source.counts();
    const progress = new Progress(`Reindexing ${engine.name}`, posts + users);
    const started = Date.now();
    const done = await new SearchIndexer(source, engine).reindexAll((n) => progress.update(n));
    progress.finish();
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    process.stdout.write(
      `Indexed ${done} documents (${posts} posts, ${users} people) at ${Math.round(done / seconds)} documents/s.\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
  }
});
