import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@outloud/server-core';
import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { DEMO_RHYTHM } from './demo-rhythm';
import { FADING_COMMUNITY } from './seed-communities';
import { seedDemoIfEmpty, SeedOptions } from './seed-demo';

let db: TestDatabase;
let client: Client;
let dataDir: string;
// File blobs of the demo go to a temporary data directory, not the working copy's .data.
let options: SeedOptions;

const one = async <T = Record<string, unknown>>(sql: string): Promise<T> =>
  (await client.query(sql)).rows[0] as T;
const count = async (sql: string): Promise<number> => Number((await one<{ n: string }>(sql)).n);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outloud-seed-stream-'));
  options = { config: AppConfig.fromEnv({ DATA_DIR: dataDir }) };
  db = await createTestDatabase();
  expect(await seedDemoIfEmpty(db.url, () => undefined, options)).toBe(true);
  client = new Client({ connectionString: db.url });
  await client.connect();
}, 60_000);
afterAll(async () => {
  await client?.end();
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('demo stream seed', () => {
  it('creates a believable amount of posts, questions, replies and answers', async () => {
    expect(await count(`SELECT count(*) AS n FROM posts`)).toBeGreaterThanOrEqual(300);
    expect(await count(`SELECT count(*) AS n FROM posts WHERE is_question`)).toBeGreaterThanOrEqual(
      100,
    );
    expect(await count(`SELECT count(*) AS n FROM replies`)).toBeGreaterThan(200);
    expect(
      await count(`SELECT count(*) AS n FROM posts WHERE accepted_reply_id IS NOT NULL`),
    ).toBeGreaterThan(20);
    expect(await count(`SELECT count(*) AS n FROM likes`)).toBeGreaterThan(300);
    expect(await count(`SELECT count(*) AS n FROM post_tags`)).toBeGreaterThanOrEqual(300);
    expect(await count(`SELECT count(*) AS n FROM tag_follows`)).toBeGreaterThan(0);
  });

  it('has activity that varies by person: a minority writes, a few more only like, most read', async () => {
    const people = await count(`SELECT count(*) AS n FROM users WHERE status = 'active'`);
    const writers = await count(`
      SELECT count(*) AS n FROM (SELECT author_id FROM posts UNION SELECT author_id FROM replies) w`);
    // Active as the dashboard counts it: posted, replied or liked in the last 30 days.
    const active30 = await count(`
      SELECT count(*) AS n FROM (
        SELECT author_id FROM posts WHERE created_at > now() - interval '30 days'
        UNION SELECT author_id FROM replies WHERE created_at > now() - interval '30 days'
        UNION SELECT user_id FROM likes WHERE created_at > now() - interval '30 days') a`);
    expect(writers / people).toBeLessThan(0.3);
    expect(writers / people).toBeGreaterThan(0.1);
    expect(active30 / people).toBeGreaterThan(0.2);
    expect(active30 / people).toBeLessThan(0.5);
    // The demo log-in takes part, and everyone who wrote something wrote more than once on average.
    expect(
      await count(`
        SELECT count(*) AS n FROM posts p JOIN users u ON u.id = p.author_id WHERE u.handle = 'ana'`),
    ).toBeGreaterThan(0);
    const posts = await count(`SELECT count(*) AS n FROM posts`);
    const top = await count(`
      SELECT coalesce(sum(n), 0) AS n FROM (
        SELECT count(*) AS n FROM posts GROUP BY author_id ORDER BY n DESC LIMIT 10) t`);
    // A few people write much of it.
    expect(top / posts).toBeGreaterThan(0.15);
  });

  it('only accepts replies of the same question, after they were written', async () => {
    expect(
      await count(`
        SELECT count(*) AS n FROM posts p LEFT JOIN replies r ON r.id = p.accepted_reply_id
         WHERE p.accepted_reply_id IS NOT NULL
           AND (r.post_id IS DISTINCT FROM p.id OR NOT p.is_question OR p.answered_at IS NULL
                OR p.answered_at < r.created_at OR r.author_id = p.author_id)`),
    ).toBe(0);
  });

  it('keeps reply and like counters equal to the rows', async () => {
    expect(
      await count(`
        SELECT count(*) AS n FROM posts p
         WHERE p.reply_count <> (SELECT count(*) FROM replies r WHERE r.post_id = p.id)
            OR p.like_count <> (SELECT count(*) FROM likes l
                                 WHERE l.subject_type = 'post' AND l.subject_id = p.id)`),
    ).toBe(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM replies r
         WHERE r.like_count <> (SELECT count(*) FROM likes l
                                 WHERE l.subject_type = 'reply' AND l.subject_id = r.id)`),
    ).toBe(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM likes l
         WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE l.subject_type = 'post' AND p.id = l.subject_id)
           AND NOT EXISTS (SELECT 1 FROM replies r WHERE l.subject_type = 'reply' AND r.id = l.subject_id)`),
    ).toBe(0);
  });

  it('copies the post time exactly into mentions and tags', async () => {
    expect(await count(`SELECT count(*) AS n FROM mentions`)).toBeGreaterThan(300);
    expect(
      await count(`SELECT count(*) AS n FROM mentions WHERE reply_id IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM mentions m JOIN posts p ON p.id = m.post_id
         WHERE m.post_created_at <> p.created_at`),
    ).toBe(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM post_tags t JOIN posts p ON p.id = t.post_id
         WHERE t.post_created_at <> p.created_at`),
    ).toBe(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM mentions m JOIN replies r ON r.id = m.reply_id
         WHERE r.post_id <> m.post_id`),
    ).toBe(0);
  });

  it('only mentions people who exist, and links exactly them', async () => {
    expect(
      await count(`
        SELECT count(*) AS n FROM mentions m LEFT JOIN users u ON u.id = m.user_id
         WHERE u.id IS NULL`),
    ).toBe(0);
    // Every mention link in a post body has a mention row, and vice versa.
    const { rows } = await client.query<{ id: string; body_html: string; handles: string[] }>(`
      SELECT p.id, p.body_html,
             coalesce(array_agg(lower(u.handle)) FILTER (WHERE u.id IS NOT NULL), '{}') AS handles
        FROM posts p
        LEFT JOIN mentions m ON m.post_id = p.id AND m.reply_id IS NULL
        LEFT JOIN users u ON u.id = m.user_id
       GROUP BY p.id`);
    for (const row of rows) {
      const linked = [...row.body_html.matchAll(/data-mention="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(linked)).toEqual(new Set(row.handles));
    }
  });

  it('has sensible follows and times', async () => {
    expect(await count(`SELECT count(*) AS n FROM follows WHERE follower_id = followee_id`)).toBe(
      0,
    );
    const spread = await one<{ min: number; max: number }>(`
      SELECT min(n)::int AS min, max(n)::int AS max
        FROM (SELECT count(*) AS n FROM follows GROUP BY follower_id) f`);
    expect(spread.min).toBeGreaterThanOrEqual(5);
    expect(spread.max).toBeLessThanOrEqual(40);
    expect(
      await count(
        `SELECT count(*) AS n FROM posts
          WHERE created_at > now() OR created_at < now() - interval '${DEMO_RHYTHM.days + 1} days'`,
      ),
    ).toBe(0);
    expect(
      await count(`
        SELECT count(*) AS n FROM replies r JOIN posts p ON p.id = r.post_id
         WHERE r.created_at < p.created_at OR r.created_at > now()`),
    ).toBe(0);
  });

  it('credits Stack Exchange content when it is used', async () => {
    const { rows } = await client.query<{ body: string }>(
      `SELECT body FROM posts WHERE body LIKE '%stackexchange.com%'`,
    );
    for (const { body } of rows) {
      expect(body).toMatch(
        /\n\n_Adapted from \[a question on [^\]]+\]\(https:\/\/[a-z.]+stackexchange\.com\/questions\/\d+\) by .+, \[CC BY-SA[^\]]*\]\([^)]+\)\._$/,
      );
      expect(body.length).toBeLessThan(2500);
    }
  });

  it('writes the same content on every run (only ids and absolute times differ)', async () => {
    const content = async (c: Client) =>
      (
        await c.query<{ line: string }>(`
          SELECT u.handle || ' ' || p.is_question || ' ' || p.body || ' ' || p.like_count || ' ' ||
                 coalesce((SELECT string_agg(ru.handle || ':' || r.body || ':' || r.like_count || ':' ||
                                             (r.id = p.accepted_reply_id)::text, '|' ORDER BY r.created_at, r.body)
                             FROM replies r JOIN users ru ON ru.id = r.author_id WHERE r.post_id = p.id), '') AS line
            FROM posts p JOIN users u ON u.id = p.author_id`)
      ).rows
        .map((r) => r.line)
        .sort();
    const other = await createTestDatabase();
    const otherClient = new Client({ connectionString: other.url });
    try {
      await seedDemoIfEmpty(other.url, () => undefined, options);
      await otherClient.connect();
      expect(await content(otherClient)).toEqual(await content(client));
    } finally {
      await otherClient.end();
      await other.drop();
    }
  }, 60_000);

  it('seeds communities of all three types, with members behind every post in them', async () => {
    expect(await count(`SELECT count(*) AS n FROM communities`)).toBeGreaterThanOrEqual(15);
    expect(await count(`SELECT count(DISTINCT type) AS n FROM communities`)).toBe(3);
    expect(
      await count(`SELECT count(*) AS n FROM posts WHERE community_id IS NOT NULL`),
    ).toBeGreaterThan(50);
    // Restricted communities' posts are members-only; all others public.
    expect(
      await count(`SELECT count(*) AS n FROM posts p JOIN communities c ON c.id = p.community_id
                    WHERE p.audience <> CASE WHEN c.type = 'restricted' THEN 'members' ELSE 'public' END`),
    ).toBe(0);
    // Nobody wrote in a moderated or restricted community without being a member.
    expect(
      await count(`SELECT count(*) AS n FROM posts p JOIN communities c ON c.id = p.community_id
                    WHERE c.type <> 'open' AND NOT EXISTS (SELECT 1 FROM community_members m
                      WHERE m.community_id = c.id AND m.user_id = p.author_id AND m.state = 'member')`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM communities c
                    WHERE member_count <> (SELECT count(*) FROM community_members m WHERE m.community_id = c.id AND m.state = 'member')`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM communities WHERE last_activity_at < now() - interval '60 days'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('tells a story on the dashboard: 90 days, a department adopting late, a community going quiet', async () => {
    const activity = `(SELECT author_id AS user_id, created_at, community_id, id AS post_id FROM posts
                        UNION ALL SELECT r.author_id, r.created_at, p.community_id, p.id
                          FROM replies r JOIN posts p ON p.id = r.post_id
                        UNION ALL SELECT l.user_id, l.created_at, p.community_id, p.id
                          FROM likes l JOIN posts p ON p.id = l.subject_id AND l.subject_type = 'post'
                        UNION ALL SELECT l.user_id, l.created_at, p.community_id, p.id
                          FROM likes l JOIN replies r ON r.id = l.subject_id AND l.subject_type = 'reply'
                          JOIN posts p ON p.id = r.post_id) a`;
    const { oldest_days: oldestDays } = await one<{ oldest_days: number }>(
      `SELECT extract(day FROM now() - min(created_at))::int AS oldest_days FROM posts`,
    );
    expect(oldestDays).toBeGreaterThanOrEqual(80);
    expect(oldestDays).toBeLessThanOrEqual(DEMO_RHYTHM.days);
    // The late department: active, but nothing before it joined.
    expect(
      await count(`SELECT count(*) AS n FROM ${activity} JOIN users u ON u.id = a.user_id
                    WHERE u.department = '${DEMO_RHYTHM.lateDepartment}'`),
    ).toBeGreaterThan(5);
    expect(
      await count(`SELECT count(*) AS n FROM ${activity} JOIN users u ON u.id = a.user_id
                    WHERE u.department = '${DEMO_RHYTHM.lateDepartment}'
                      AND a.created_at < now() - interval '${DEMO_RHYTHM.lateDays} days'`),
    ).toBe(0);
    // The fading community: busy once, nothing in its last weeks.
    const fading = `JOIN communities c ON c.id = a.community_id AND c.slug = '${FADING_COMMUNITY.slug}'`;
    expect(await count(`SELECT count(*) AS n FROM ${activity} ${fading}`)).toBeGreaterThan(5);
    expect(
      await count(`SELECT count(*) AS n FROM ${activity} ${fading}
                    WHERE a.created_at >= now() - interval '${FADING_COMMUNITY.quietDays} days'`),
    ).toBe(0);
  });

  it('ships a short content policy, accepted by most people but not by the demo log-in', async () => {
    const policy = await one<{ markdown: string; version: number }>(
      `SELECT version, markdown FROM content_policy_versions`,
    );
    expect(policy.version).toBe(1);
    expect(policy.markdown).toContain("If you wouldn't say it out loud in the café");
    const people = await count(`SELECT count(*) AS n FROM users`);
    const accepted = await count(`SELECT count(*) AS n FROM content_policy_acknowledgements`);
    expect(accepted / people).toBeGreaterThan(0.6);
    expect(accepted).toBeLessThan(people);
    expect(
      await count(
        `SELECT count(*) AS n FROM content_policy_acknowledgements a JOIN users u ON u.id = a.user_id
          WHERE u.handle = 'ana'`,
      ),
    ).toBe(0);
  });

  it('seeds only once', async () => {
    const posts = await count(`SELECT count(*) AS n FROM posts`);
    expect(await seedDemoIfEmpty(db.url, () => undefined, options)).toBe(false);
    expect(await count(`SELECT count(*) AS n FROM posts`)).toBe(posts);
  });
});
