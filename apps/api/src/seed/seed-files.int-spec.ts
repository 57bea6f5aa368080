import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBookmarkUrl } from '@outloud/bookmarks';
import { AppConfig } from '@outloud/server-core';
import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { DEMO_FILES, demoContent } from './demo-files';
import { buildDerivedData } from '../database/derived-data';
import { seedDemoIfEmpty } from './seed-demo';

let db: TestDatabase;
let client: Client;
let dataDir: string;

const rows = async <T = Record<string, unknown>>(sql: string): Promise<T[]> =>
  (await client.query(sql)).rows as T[];
const count = async (sql: string): Promise<number> => Number((await rows<{ n: string }>(sql))[0].n);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outloud-seed-files-'));
  db = await createTestDatabase();
  const config = AppConfig.fromEnv({ DATA_DIR: dataDir });
  expect(await seedDemoIfEmpty(db.url, () => undefined, { config })).toBe(true);
  // What `npm start` and `npm run seed` do next: the seed bypasses the outbox.
  await buildDerivedData(db.url, config, () => undefined);
  client = new Client({ connectionString: db.url });
  await client.connect();
}, 90_000);
afterAll(async () => {
  await client?.end();
  await db?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('derived data of the demo', () => {
  it('builds the expertise model, so suggestions know who answered what from the first start', async () => {
    expect(await count(`SELECT count(*) AS n FROM expertise_evidence`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM expertise_topics`)).toBeGreaterThan(0);
  });
});

describe('demo files', () => {
  it('shares about forty files of every kind, some with two or three versions', async () => {
    expect(await count(`SELECT count(*) AS n FROM files`)).toBeGreaterThanOrEqual(38);
    const kinds = await rows<{ mime_type: string }>(`SELECT DISTINCT mime_type FROM files`);
    expect(kinds.map((k) => k.mime_type).sort()).toEqual(
      ['application/pdf', 'image/png', 'text/csv', 'text/markdown', 'text/plain'].sort(),
    );
    expect(await count(`SELECT count(*) AS n FROM files WHERE version = 2`)).toBeGreaterThan(5);
    expect(await count(`SELECT count(*) AS n FROM files WHERE version = 3`)).toBeGreaterThan(2);
    expect(
      await count(`SELECT count(*) AS n FROM files f
                    WHERE f.version <> (SELECT max(version) FROM file_versions v WHERE v.file_id = f.id)
                       OR f.sha256 <> (SELECT sha256 FROM file_versions v WHERE v.file_id = f.id AND v.version = f.version)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM files WHERE community_id IS NULL`),
    ).toBeGreaterThan(1);
    // Text and PDF files carry text for search; images none.
    expect(
      await count(`SELECT count(*) AS n FROM files
                    WHERE (mime_type LIKE 'text/%' OR mime_type = 'application/pdf') AND extracted_text IS NULL`),
    ).toBe(0);
  });

  it('stores every version as a content-addressed blob under the data directory', async () => {
    const versions = await rows<{ sha256: string; size_bytes: string }>(
      `SELECT sha256, size_bytes FROM file_versions`,
    );
    for (const v of versions) {
      const bytes = await readFile(
        join(dataDir, 'files', v.sha256.slice(0, 2), v.sha256.slice(2, 4), v.sha256),
      );
      expect(bytes.length).toBe(Number(v.size_bytes));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(v.sha256);
    }
    const [pdf] = await rows<{ sha256: string }>(
      `SELECT sha256 FROM files WHERE mime_type = 'application/pdf' LIMIT 1`,
    );
    const head = await readFile(
      join(dataDir, 'files', pdf.sha256.slice(0, 2), pdf.sha256.slice(2, 4), pdf.sha256),
    );
    expect(head.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('generates the same bytes on every run', async () => {
    for (const spec of DEMO_FILES.filter((f) => f.kind === 'pdf' || f.kind === 'png').slice(0, 6)) {
      const [a, b] = [await demoContent(spec, 1), await demoContent(spec, 1)];
      expect(a.bytes.equals(b.bytes)).toBe(true);
    }
  });

  it('keeps counters equal to the rows and makes a few files clear leaders', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM files f WHERE
          f.like_count <> (SELECT count(*) FROM file_likes l WHERE l.file_id = f.id)
       OR f.downloader_count <> (SELECT count(*) FROM file_downloaders d WHERE d.file_id = f.id)
       OR f.download_count <> (SELECT coalesce(sum(downloads), 0) FROM file_downloaders d WHERE d.file_id = f.id)
       OR f.comment_count <> (SELECT count(*) FROM file_comments c WHERE c.file_id = f.id)`),
    ).toBe(0);
    const top = await rows<{ download_count: number; like_count: number }>(
      `SELECT download_count, like_count FROM files ORDER BY download_count DESC`,
    );
    const median = top[Math.floor(top.length / 2)].download_count;
    expect(top[0].download_count).toBeGreaterThan(5 * median);
    expect(top[2].download_count).toBeGreaterThan(3 * median);
    const liked = await rows<{ like_count: number }>(
      `SELECT like_count FROM files ORDER BY like_count DESC LIMIT 3`,
    );
    expect(liked[2].like_count).toBeGreaterThan(10);
    expect(
      await count(`SELECT count(*) AS n FROM file_downloaders d JOIN files f ON f.id = d.file_id
                         WHERE d.user_id = f.owner_id`),
    ).toBe(0);
  });

  it('keeps restricted-community files among members', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM files f JOIN communities c ON c.id = f.community_id
                    WHERE c.type = 'restricted'`),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(`SELECT count(*) AS n FROM files f JOIN communities c ON c.id = f.community_id
                    WHERE f.audience <> CASE WHEN c.type = 'restricted' THEN 'members' ELSE 'public' END`),
    ).toBe(0);
    const outsiders = `NOT EXISTS (SELECT 1 FROM community_members m
                         WHERE m.community_id = c.id AND m.user_id = %s AND m.state = 'member')`;
    expect(
      await count(`SELECT count(*) AS n FROM files f JOIN communities c ON c.id = f.community_id
                    WHERE c.type <> 'open' AND ${outsiders.replace('%s', 'f.owner_id')}`),
    ).toBe(0);
    for (const [table, column] of [
      ['file_downloaders', 'user_id'],
      ['file_likes', 'user_id'],
      ['file_comments', 'author_id'],
    ])
      expect(
        await count(`SELECT count(*) AS n FROM ${table} x JOIN files f ON f.id = x.file_id
                      JOIN communities c ON c.id = f.community_id
                      WHERE c.type = 'restricted' AND ${outsiders.replace('%s', `x.${column}`)}`),
      ).toBe(0);
  });
});

describe('demo bookmarks', () => {
  it('saves about eighty bookmarks, a few private, some of posts and files', async () => {
    expect(await count(`SELECT count(*) AS n FROM bookmarks`)).toBeGreaterThanOrEqual(75);
    expect(
      await count(`SELECT count(*) AS n FROM bookmarks WHERE is_private`),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(`SELECT count(*) AS n FROM bookmarks WHERE target_type = 'post'`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM bookmarks WHERE target_type = 'file'`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM bookmarks b JOIN users u ON u.id = b.owner_id WHERE u.handle = 'ana'`,
      ),
    ).toBeGreaterThan(2);
  });

  it('uses valid http(s) links grouped by the product rules, several people per link', async () => {
    const links = await rows<{ url: string; target_key: string }>(
      `SELECT url, target_key FROM bookmarks WHERE target_type = 'url'`,
    );
    for (const l of links) {
      const parsed = parseBookmarkUrl(l.url);
      expect(parsed.ok && parsed.key).toBe(l.target_key);
    }
    const shared = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookmarks WHERE NOT is_private GROUP BY target_key ORDER BY 1 DESC`,
    );
    expect(shared[0].n).toBeGreaterThanOrEqual(5);
    expect(shared.filter((s) => s.n >= 3).length).toBeGreaterThanOrEqual(4);
    // Saved posts and files are ones everybody may see.
    expect(
      await count(`SELECT count(*) AS n FROM bookmarks b
                    LEFT JOIN posts p ON p.id = b.post_id LEFT JOIN files f ON f.id = b.file_id
                    WHERE p.audience = 'members' OR f.audience = 'members'`),
    ).toBe(0);
  });
});

describe('derived data of the demo', () => {
  it('is searchable at once: posts, people, files, bookmarks and communities are indexed', async () => {
    const types = await rows<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM search_documents GROUP BY type ORDER BY type`,
    );
    expect(types.map((t) => t.type)).toEqual(['bookmark', 'community', 'file', 'post', 'user']);
    expect(await count(`SELECT count(*) AS n FROM search_documents WHERE type = 'post'`)).toBe(
      await count(`SELECT count(*) AS n FROM posts WHERE deleted_at IS NULL`),
    );
  });

  it('fills the adoption dashboard: rollups cover the last 30 days', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM analytics_daily_activity WHERE day >= current_date - 30`,
      ),
    ).toBeGreaterThan(0);
  });

  it('fills the heatmap from the hourly rollup, with the same activity as the days', async () => {
    const engaged = `sum(posts + replies + likes)`;
    const hours = await count(`SELECT ${engaged} AS n FROM analytics_hourly_totals`);
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBe(await count(`SELECT ${engaged} AS n FROM analytics_daily_totals`));
    // The demo's daily rhythm: activity over many hours of the day, not one.
    expect(
      await count(
        `SELECT count(DISTINCT extract(hour FROM hour AT TIME ZONE 'UTC')) AS n FROM analytics_hourly_totals`,
      ),
    ).toBeGreaterThan(6);
  });
});
