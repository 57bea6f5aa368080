import * as argon2 from 'argon2';
import { createBlobStorage, uploadTempDir } from '@outloud/files';
import { AppConfig } from '@outloud/server-core';
import { Client } from 'pg';
import { demoPeople } from './demo-people';
import { Progress } from './progress';
import { seedBookmarks } from './seed-bookmarks';
import { seedCommunities } from './seed-communities';
import { seedContentPolicy } from './seed-content-policy';
import { seedFiles } from './seed-files';
import { seedStream } from './seed-stream';

/** The demo organisation's log-in, printed at start. Every demo person shares this password. */
export const DEMO_LOGIN = { handle: 'ana', password: 'welcome-to-outloud' } as const;

export interface SeedOptions {
  /** Where file blobs go (DATA_DIR or S3). Default: the configuration from the environment. */
  config?: AppConfig;
}

/**
 * Fills an empty database with the demo organisation. Does nothing when anyone exists already,
 * so restarts and real installations are never touched.
 */
export async function seedDemoIfEmpty(
  url: string,
  log: (line: string) => void,
  options: SeedOptions = {},
): Promise<boolean> {
  const config = options.config ?? AppConfig.fromEnv(process.env);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('outloud.seed'))`);
    const { rows } = await client.query('SELECT EXISTS (SELECT 1 FROM users) AS any');
    if (rows[0].any) {
      await client.query('ROLLBACK');
      return false;
    }
    log('Empty database: seeding the demo organisation (Northwind Ridge)');
    await seedPeople(client);
    const stream = await seedStream(client, log);
    log(
      `Seeded ${stream.posts} posts, ${stream.replies} replies, ${stream.follows} follows and ${stream.likes} likes`,
    );
    const communities = await seedCommunities(client);
    log(
      `Seeded ${communities.communities} communities with ${communities.posts} of those posts moved into them`,
    );
    // Blobs written before a later failure stay behind unreferenced; being content-addressed,
    // the next seed reuses them.
    const files = await seedFiles(client, {
      storage: createBlobStorage(config),
      tempDir: uploadTempDir(config),
    });
    log(
      `Seeded ${files.files} files (${files.versions} versions) with ${files.downloads} downloads, ${files.likes} likes and ${files.comments} comments`,
    );
    const accepted = await seedContentPolicy(client, DEMO_LOGIN.handle);
    log(`Seeded the content policy (version 1, accepted by ${accepted} people)`);
    const bookmarks = await seedBookmarks(client);
    log(
      `Seeded ${bookmarks.bookmarks} bookmarks (${bookmarks.links} links, ${bookmarks.private} private)`,
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function seedPeople(client: Client): Promise<void> {
  const people = demoPeople();
  // One hash for everyone: hashing 240 passwords one by one would take most of a minute.
  const passwordHash = await argon2.hash(DEMO_LOGIN.password, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const progress = new Progress('people', people.length);
  const batch = 50;
  for (let i = 0; i < people.length; i += batch) {
    const slice = people.slice(i, i + batch);
    const values: unknown[] = [];
    const rows = slice.map((p, j) => {
      values.push(
        p.handle,
        p.displayName,
        p.email,
        passwordHash,
        p.jobTitle,
        p.department,
        p.location,
        p.bio || null,
        p.expertise,
        p.role,
      );
      const o = j * 10;
      return `(${Array.from({ length: 10 }, (_, k) => `$${o + k + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO users (handle, display_name, email, password_hash, job_title, department, location, bio, expertise, role)
       VALUES ${rows.join(', ')}`,
      values,
    );
    progress.update(Math.min(i + batch, people.length));
  }
  progress.finish();
}
