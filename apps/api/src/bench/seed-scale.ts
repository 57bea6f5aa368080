import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { rebuildAnalytics } from '@outloud/analytics';
import { cliDatabase, runCli } from '../cli/cli-database';
import { runMigrations } from '../database/migrate';
import { rebuildExpertise } from '../database/derived-data';
import { rebuildSearchIndex } from '../database/rebuild-search';
import { PROFILES } from './scale-profiles';
import { seedScale } from './scale-seed';

/**
 * `npm run seed:scale -- --profile peer|intranet-10k|intranet-100k|intranet-1m [--force] [--skip-expertise]`
 * Fills an EMPTY database fast: rows are generated inside PostgreSQL with generate_series in
 * chunks (no row-by-row round trips), then counters, indexes' statistics and the demo password.
 * Everyone's password is the demo password; `reader` and `admin` exist in every profile.
 * `--skip-expertise` leaves the expertise model empty (about 26 minutes at 1M) for benchmarks that
 * do not read it, such as `--only analytics`; `npm run rebuild:expertise` builds it later.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'peer' },
      force: { type: 'boolean', default: false },
      'skip-expertise': { type: 'boolean', default: false },
    },
  });
  const profile = PROFILES[values.profile ?? 'peer'];
  if (!profile)
    throw new Error(
      `Unknown profile "${values.profile}". Use one of: ${Object.keys(PROFILES).join(', ')}`,
    );
  const db = await cliDatabase();
  const started = Date.now();
  try {
    await runMigrations(db.url);
    // Two connections: one PostgreSQL backend, so one core, each.
    const clients = [
      new Client({ connectionString: db.url }),
      new Client({ connectionString: db.url }),
    ];
    await Promise.all(clients.map((c) => c.connect()));
    const [client] = clients;
    try {
      const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM users`)).rows;
      if (n > 0 && !values.force)
        throw new Error(
          'The database is not empty; seed:scale fills empty databases only (--force wipes it).',
        );
      if (values.force) await wipe(client);
      await seedScale(clients, profile);
      // Derived data, so the product is usable at once (issue 8). One after the other: the
      // reindex alone keeps both cores busy (measured: no faster side by side).
      const search = await rebuildSearchIndex(db.url, db.config);
      process.stdout.write(
        `  search index: ${search.documents} documents at ${search.perSecond} documents/s\n`,
      );
      const rollupStarted = Date.now();
      await rebuildAnalytics((sql, params) => client.query(sql, params));
      const rollupSeconds = (Date.now() - rollupStarted) / 1000;
      const [{ rows, hours }] = (
        await client.query(
          `SELECT (SELECT count(*)::int FROM analytics_daily_activity) AS rows,
                  (SELECT count(*)::int FROM analytics_hourly_activity) AS hours`,
        )
      ).rows;
      process.stdout.write(
        `  analytics rollups: ${rows.toLocaleString('en')} person-day and ${hours.toLocaleString('en')} person-hour rows in ${rollupSeconds.toFixed(1)} s\n`,
      );
      if (values['skip-expertise'])
        process.stdout.write('  expertise model: skipped (--skip-expertise)\n');
      else await buildExpertise(db.url);
      const summary = (
        await client.query(
          `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM replies) AS replies,
                  (SELECT count(*) FROM likes) AS likes, (SELECT count(*) FROM follows) AS follows, (SELECT count(*) FROM communities) AS communities,
                  (SELECT count(*) FROM mentions) AS mentions, pg_size_pretty(pg_database_size(current_database())) AS size`,
        )
      ).rows[0];
      process.stdout.write(
        `\nSeeded profile ${profile.name} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}\n`,
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  } finally {
    await db.stop();
  }
});

/** Suggested people read the expertise model: without it their benchmark would time an empty table. */
async function buildExpertise(url: string): Promise<void> {
  const started = Date.now();
  const counts = await rebuildExpertise(url);
  process.stdout.write(
    `  expertise model: ${counts.evidence.toLocaleString('en')} pieces of evidence, ${counts.topics.toLocaleString('en')} person-topic rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

async function wipe(client: Client): Promise<void> {
  await client.query(
    `TRUNCATE expertise_topic_people, expertise_topics, expertise_evidence, likes, mentions, post_tags, post_revisions, tag_follows, follows, community_members, outbox_jobs, sessions, login_failures RESTART IDENTITY CASCADE`,
  );
  await client.query(`UPDATE posts SET accepted_reply_id = NULL`);
  await client.query(
    `TRUNCATE replies, posts, community_images, communities, user_avatars, users CASCADE`,
  );
  // The search index is rebuilt from empty, as on a fresh database: rebuilding over the old rows
  // leaves them out of date order (100k: search c1 p50 20.8 ms fresh, 50.9 ms after four reseeds).
  await client.query(`TRUNCATE search_documents`);
}
