import * as argon2 from 'argon2';
import { Client } from 'pg';
import { DEMO_LOGIN } from '../seed/seed-demo';
import { deferIndexes, loadInChunks } from './bulk-load';
import { COMMON_WORDS, ScaleProfile } from './scale-profiles';

/** Runs one step with a progress line and its duration. */
async function step(label: string, work: () => Promise<void>): Promise<void> {
  const t = Date.now();
  process.stdout.write(`  ${label} ...`);
  await work();
  process.stdout.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

/**
 * Seeds `p` into an empty, migrated database. `clients` are connections to it (two use both of
 * this machine's cores); the first runs the single statements. The bulk tables' secondary
 * indexes and foreign keys are dropped while they load and rebuilt at the end.
 */
export async function seedScale(clients: Client[], p: ScaleProfile): Promise<void> {
  const [client] = clients;
  for (const c of clients) {
    await c.query(`SET synchronous_commit = off`);
    await c.query(`SET maintenance_work_mem = '256MB'`);
    // Scratch tables (people by number, posts by age...) that every connection sees.
    await c.query(`SET search_path = public, ${SCRATCH}`);
  }
  await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE`);
  await client.query(`CREATE SCHEMA ${SCRATCH}`);
  const deferred = await deferIndexes(client, BULK_TABLES);
  try {
    await seedRows(clients, p);
  } finally {
    await step(`indexes and foreign keys (${deferred.indexes} + ${deferred.foreignKeys})`, () =>
      deferred.restore(clients),
    );
    await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE`);
  }
  await step('statistics', () => client.query('VACUUM ANALYZE').then(() => undefined));
}

/** Where seeding keeps its helper tables; dropped at the end. */
const SCRATCH = 'seed_scratch';
/** Tables loaded in bulk, whose secondary indexes and foreign keys are built after the load. */
const BULK_TABLES = ['posts', 'replies', 'likes', 'follows', 'mentions', 'post_tags'];

async function seedRows(clients: Client[], p: ScaleProfile): Promise<void> {
  const [client] = clients;
  const hash = await argon2.hash(DEMO_LOGIN.password, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const prefix = p.name === 'peer' ? 'u' : 'p';
  await step(`people (${p.users + 2})`, async () => {
    await client.query(
      `INSERT INTO users (handle, display_name, email, password_hash, role, department, created_at)
       VALUES ('admin_user', 'Admin User', 'admin@bench.example', $1, 'admin', 'IT', now() - interval '400 days'),
              ('reader', 'Reader', 'reader@bench.example', $1, 'member', 'Engineering', now() - interval '400 days')`,
      [hash],
    );
    await client.query(
      `INSERT INTO users (handle, display_name, email, password_hash, department, created_at)
       SELECT $2 || g, 'Person ' || g, $2 || g || '@bench.example', $1, 'Dept ' || (g % 20), now() - interval '400 days'
         FROM generate_series(0, $3 - 1) g`,
      [hash, prefix, p.users],
    );
  });
  // People get a dense index (seq) so random picks are cheap joins on an array.
  await client.query(
    `CREATE UNLOGGED TABLE ${SCRATCH}.people AS SELECT row_number() OVER (ORDER BY created_at, handle) - 3 AS seq, id, handle FROM users`,
  );
  await client.query(`CREATE INDEX ON people (seq)`);
  await client.query(`ANALYZE people`);

  if (p.name === 'peer') {
    await step('reader follows u0..u99', () =>
      client
        .query(
          `INSERT INTO follows (follower_id, followee_id) SELECT r.id, u.id FROM users r, users u
          WHERE r.handle = 'reader' AND u.handle ~ '^u[0-9]+$' AND substring(u.handle from 2)::int < 100`,
        )
        .then(() => undefined),
    );
    // 8-17 common words each; "red river" in about 0.14 % of posts and nowhere else.
    await loadInChunks(
      clients,
      'posts',
      p.posts,
      `INSERT INTO posts (author_id, body, body_html, created_at)
       SELECT a.id, x.body, '<p>' || x.body || '</p>', x.created_at
         FROM (SELECT (SELECT string_agg(($3::text[])[1 + floor(random() * $4)::int], ' ')
                         FROM generate_series(1, 8 + (r.g % 10) - CASE WHEN r.river THEN 2 ELSE 0 END) s)
                      || CASE WHEN r.river THEN ' red river' ELSE '' END AS body,
                      floor(random() * $5)::int AS who,
                      date_trunc('milliseconds', now() - random() * make_interval(days => $6)) AS created_at
                 FROM (SELECT g, random() < 0.0014 AS river FROM generate_series($1::int, $2::int) g) r) x
         JOIN people a ON a.seq = x.who`,
      200_000,
      [COMMON_WORDS, COMMON_WORDS.length, p.users, p.days],
    );
    return;
  }
  await seedIntranet(clients, p);
}

/**
 * Intranet shape: Zipf activity (a few people post most), communities of all three types with
 * memberships, 15 % of posts in communities (by members), 30 % questions, replies on a Zipf
 * share of posts, accepted answers on half the answered questions, likes, follows, mentions
 * and hashtags, spread over a year.
 */
async function seedIntranet(clients: Client[], p: ScaleProfile): Promise<void> {
  const [client] = clients;
  const n = p.users;
  await step(`communities (${p.communities})`, async () => {
    await client.query(
      `INSERT INTO communities (slug, name, type, tags, created_by, created_at, last_activity_at)
       SELECT 'c' || g, 'Community ' || g,
              CASE WHEN g % 20 < 12 THEN 'open' WHEN g % 20 < 17 THEN 'moderated' ELSE 'restricted' END,
              ARRAY['topic' || (g % 200)], (SELECT id FROM people WHERE seq = (g * 7) % $2),
              now() - interval '400 days', now() - interval '400 days'
         FROM generate_series(0, $1 - 1) g`,
      [p.communities, n],
    );
    await client.query(
      `CREATE UNLOGGED TABLE ${SCRATCH}.comms AS SELECT row_number() OVER (ORDER BY created_by, slug) - 1 AS seq, id, type FROM communities`,
    );
    await client.query(`CREATE INDEX ON comms (seq)`);
    await client.query(
      `INSERT INTO community_members (community_id, user_id, role, state) SELECT id, created_by, 'owner', 'member' FROM communities`,
    );
    // Everyone belongs to 1-8 communities, popular ones (low seq) more often.
    await client.query(
      `INSERT INTO community_members (community_id, user_id, role, state)
       SELECT c.id, m.id, 'member', 'member'
         FROM (SELECT pp.id, floor($1::int * power(random(), 2))::int AS cseq
                 FROM people pp CROSS JOIN LATERAL generate_series(1, 1 + (pp.seq::int % 8)) k WHERE pp.seq >= 0) m
         JOIN comms c ON c.seq = m.cseq
       ON CONFLICT DO NOTHING`,
      [p.communities],
    );
    await client.query(
      `CREATE UNLOGGED TABLE ${SCRATCH}.memberships AS SELECT row_number() OVER () - 1 AS seq, community_id, user_id FROM community_members`,
    );
    await client.query(`CREATE INDEX ON memberships (seq)`);
  });
  const [{ count: membershipCount }] = (
    await client.query(`SELECT count(*)::int AS count FROM memberships`)
  ).rows;

  await loadInChunks(
    clients,
    'follows',
    n,
    `INSERT INTO follows (follower_id, followee_id)
     SELECT f.id, q.id
       FROM (SELECT pp.id, pp.seq, floor($3::int * power(random(), 2.5))::int AS target
               FROM people pp CROSS JOIN LATERAL generate_series(1, $4::int + (pp.seq::int * 7919) % ($5::int - $4::int + 1)) k
              WHERE pp.seq BETWEEN $1 AND $2) f
       JOIN people q ON q.seq = f.target
      WHERE q.id <> f.id
     ON CONFLICT DO NOTHING`,
    2_000,
    [n, p.follows[0], p.follows[1]],
  );

  // Posts: 85 % on boards by Zipf-chosen authors, 15 % in communities by one of their members.
  await loadInChunks(
    clients,
    'posts',
    p.posts,
    `WITH raw AS (
       SELECT g, random() < 0.15 AS in_community, random() < 0.3 AS question, random() AS r1, random() AS r2, random() AS r3,
              date_trunc('milliseconds', now() - random() * make_interval(days => $7)) AS created_at
         FROM generate_series($1::int, $2::int) g),
     placed AS (
       SELECT raw.*, CASE WHEN in_community THEN m.user_id ELSE a.id END AS author_id,
              CASE WHEN in_community THEN m.community_id END AS community_id,
              (SELECT string_agg(($3::text[])[1 + floor(random() * $4)::int], ' ') FROM generate_series(1, 8 + (g % 12)) s) AS words
         FROM raw
         LEFT JOIN people a ON a.seq = floor($5 * power(raw.r1, 3))::int
         LEFT JOIN memberships m ON m.seq = floor(raw.r1 * $6)::int)
     INSERT INTO posts (author_id, community_id, audience, is_question, body, body_html, created_at)
     SELECT pl.author_id, pl.community_id, CASE WHEN c.type = 'restricted' THEN 'members' ELSE 'public' END, pl.question,
            pl.words || CASE WHEN pl.r2 < 0.2 THEN ' @p' || floor(pl.r3 * $5)::int ELSE '' END
                     || CASE WHEN pl.r2 < 0.5 THEN ' #topic' || floor(pl.r3 * 200)::int ELSE '' END
                     || CASE WHEN pl.question THEN '?' ELSE '' END,
            '<p>' || pl.words || '</p>', pl.created_at
       FROM placed pl LEFT JOIN communities c ON c.id = pl.community_id`,
    100_000,
    [COMMON_WORDS, COMMON_WORDS.length, n, membershipCount, p.days],
  );
  await step('mentions and hashtags', async () => {
    await client.query(
      `INSERT INTO mentions (post_id, user_id, post_created_at)
       SELECT p.id, u.id, p.created_at FROM posts p JOIN users u ON u.handle = substring(p.body from '@(p[0-9]+)')
        WHERE p.body LIKE '%@p%' ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO post_tags (post_id, tag, post_created_at)
       SELECT id, substring(body from '#(topic[0-9]+)'), created_at FROM posts WHERE body LIKE '%#topic%' ON CONFLICT DO NOTHING`,
    );
  });
  await client.query(
    `CREATE UNLOGGED TABLE ${SCRATCH}.post_seq AS SELECT row_number() OVER (ORDER BY created_at) - 1 AS seq, id, created_at FROM posts`,
  );
  await client.query(`CREATE INDEX ON post_seq (seq)`);
  await client.query(`ANALYZE post_seq`);
  // Replies favour recent posts (Zipf over recency), come from anyone, within three days of
  // the post and never in the future.
  await loadInChunks(
    clients,
    'replies',
    p.replies,
    `INSERT INTO replies (post_id, author_id, body, body_html, created_at)
     SELECT ps.id, a.id, w.words, '<p>' || w.words || '</p>',
            ps.created_at + random() * least(interval '3 days', now() - ps.created_at)
       FROM (SELECT g, floor($4 * (1 - power(random(), 2)))::int AS pseq, floor($5 * power(random(), 2))::int AS aseq
               FROM generate_series($1::int, $2::int) g) r
       JOIN post_seq ps ON ps.seq = r.pseq
       JOIN people a ON a.seq = r.aseq
       CROSS JOIN LATERAL (SELECT string_agg(($3::text[])[1 + floor(random() * 100)::int], ' ') AS words
                             FROM generate_series(1, 5 + (r.g % 15)) s) w`,
    200_000,
    [COMMON_WORDS, p.posts, n],
  );
  await loadInChunks(
    clients,
    'likes',
    p.likes,
    // Within a week of the post (never in the future), so the activity rollup spreads them
    // over the days, as real likes are, instead of piling millions on the seed's day. Each
    // connection likes its own posts (post number modulo $6 = $5), so concurrent chunks never
    // insert the same like; rows go in key order, so the primary key fills page after page.
    `INSERT INTO likes (subject_type, subject_id, user_id, created_at)
     SELECT 'post', ps.id, a.id, ps.created_at + random() * least(interval '7 days', now() - ps.created_at)
       FROM (SELECT CASE WHEN mine < $3 THEN mine ELSE mine - $6::int END AS pseq, aseq
               FROM (SELECT pseq - pseq % $6::int + $5::int AS mine, aseq
                       FROM (SELECT floor($3 * (1 - power(random(), 3)))::int AS pseq, floor($4 * random())::int AS aseq
                               FROM generate_series($1::int, $2::int) g) z) y) r
       JOIN post_seq ps ON ps.seq = r.pseq JOIN people a ON a.seq = r.aseq
      ORDER BY ps.id, a.id
     ON CONFLICT DO NOTHING`,
    250_000,
    [p.posts, n],
    { byWorker: true },
  );
  await step('counters, accepted answers, activity', async () => {
    // One UPDATE for the three: every rewritten post is a new row version with all its index
    // entries (the bulk-loaded pages are full, so no HOT update), so three passes cost three times.
    // The accepted answer of every other question is its first reply.
    const accepted = `p.is_question AND abs(hashtext(p.id::text)) % 2 = 0`;
    await client.query(
      `UPDATE posts p
          SET reply_count = coalesce(x.replies, 0), like_count = coalesce(x.likes, 0),
              accepted_reply_id = CASE WHEN ${accepted} THEN x.first_id END,
              answered_at = CASE WHEN ${accepted} THEN x.first_at END
         FROM (SELECT coalesce(r.post_id, l.post_id) AS post_id, r.replies, r.first_id, r.first_at, l.likes
                 FROM (SELECT post_id, count(*)::int AS replies, min(created_at) AS first_at,
                              (array_agg(id ORDER BY created_at, id))[1] AS first_id
                         FROM replies GROUP BY post_id) r
                 FULL JOIN (SELECT subject_id AS post_id, count(*)::int AS likes FROM likes
                             WHERE subject_type = 'post' GROUP BY subject_id) l ON l.post_id = r.post_id) x
        WHERE x.post_id = p.id`,
    );
    await client.query(
      `UPDATE communities c SET member_count = m.c FROM (SELECT community_id, count(*)::int AS c FROM community_members WHERE state = 'member' GROUP BY community_id) m
        WHERE m.community_id = c.id`,
    );
    await client.query(
      `UPDATE communities c SET last_activity_at = a.t FROM (SELECT community_id, max(created_at) AS t FROM posts WHERE community_id IS NOT NULL GROUP BY community_id) a
        WHERE a.community_id = c.id`,
    );
  });
  await step('reader follows 60 people', () =>
    client
      .query(
        `INSERT INTO follows (follower_id, followee_id) SELECT r.id, pp.id FROM users r, people pp
          WHERE r.handle = 'reader' AND pp.seq BETWEEN 0 AND 59 ON CONFLICT DO NOTHING`,
      )
      .then(() => undefined),
  );
}
