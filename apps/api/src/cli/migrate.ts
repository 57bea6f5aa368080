import { runMigrations } from '../database/migrate';
import { cliDatabase, runCli } from './cli-database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
runCli(async () => {
  const db = await cliDatabase();
  try {
    const applied = await runMigrations(db.url, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s).\n`
        : 'The database is up to date.\n',
    );
  } finally {
    await db.stop();
  }
});
