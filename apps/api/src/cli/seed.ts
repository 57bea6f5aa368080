import { buildDerivedData } from '../database/derived-data';
import { runMigrations } from '../database/migrate';
import { seedDemoIfEmpty } from '../seed/seed-demo';
import { cliDatabase, runCli } from './cli-database';

/** `npm run seed`: the demo organisation, into an empty database only. */
runCli(async () => {
  const db = await cliDatabase();
  try {
    await runMigrations(db.url);
    const log = (line: string) => process.stdout.write(`${line}\n`);
    const seeded = await seedDemoIfEmpty(db.url, log);
    if (seeded) await buildDerivedData(db.url, db.config, log);
    process.stdout.write(
      seeded ? 'Demo organisation seeded.\n' : 'The database already has people; nothing seeded.\n',
    );
  } finally {
    await db.stop();
  }
});
