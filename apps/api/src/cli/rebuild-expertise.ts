import { rebuildExpertise } from '../database/derived-data';
import { cliDatabase, runCli } from './cli-database';

/**
 * `npm run rebuild:expertise`: the expertise evidence and sums again from the source tables,
 * e.g. after a restore or an import that bypassed the outbox. Safe while the product serves:
 * one transaction, suggestions read the old model until it commits.
 */
runCli(async () => {
  const db = await cliDatabase();
  const started = Date.now();
  try {
    process.stdout.write('Rebuilding the expertise model ...');
    const counts = await rebuildExpertise(db.url);
    process.stdout.write(
      ` ${counts.evidence} pieces of evidence, ${counts.topics} person-topic rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await db.stop();
  }
});
