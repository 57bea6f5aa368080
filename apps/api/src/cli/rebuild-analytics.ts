import { rebuildAnalytics } from '@outloud/analytics';
import { Client } from 'pg';
import { cliDatabase, runCli } from './cli-database';

/**
 * `npm run analytics:rebuild`: recomputes the analytics rollups from the source tables, e.g.
 * after a restore or an import that bypassed the outbox. Safe while the product serves (the
 * rollups are derived data; the dashboard shows the old figures until the rebuild commits).
 */
runCli(async () => {
  const db = await cliDatabase();
  const client = new Client({ connectionString: db.url });
  const started = Date.now();
  try {
    await client.connect();
    process.stdout.write('Rebuilding analytics rollups ...');
    // One transaction: readers keep the old figures until the new ones commit.
    await client.query('BEGIN');
    await rebuildAnalytics((sql, params) => client.query(sql, params));
    await client.query('COMMIT');
    const [{ rows, hours }] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM analytics_daily_activity) AS rows,
                (SELECT count(*)::int FROM analytics_hourly_activity) AS hours`,
      )
    ).rows;
    process.stdout.write(
      ` ${rows} person-day and ${hours} person-hour rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await client.end();
    await db.stop();
  }
});
