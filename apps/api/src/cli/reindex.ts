import { rebuildSearchIndex } from '../database/rebuild-search';
import { runMigrations } from '../database/migrate';
import { cliDatabase, runCli } from './cli-database';

/** `npm run reindex`: rebuilds the search index from PostgreSQL (safe while the product serves). */
runCli(async () => {
  const db = await cliDatabase();
  try {
    await runMigrations(db.url);
    const { documents, perSecond } = await rebuildSearchIndex(db.url, db.config);
    process.stdout.write(`Indexed ${documents} documents at ${perSecond} documents/s.\n`);
  } finally {
    await db.stop();
  }
});
