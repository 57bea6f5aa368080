import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { ScaleProfile } from './scale-profiles';
import { seedScale } from './scale-seed';

// The intranet shape at a few thousand rows: every step and both connections run, in seconds.
const TINY: ScaleProfile = {
  name: 'intranet-tiny',
  users: 80,
  posts: 3_000,
  replies: 6_000,
  likes: 12_000,
  communities: 20,
  follows: [3, 9],
  days: 60,
};

let db: TestDatabase;
let clients: Client[];
let schemaBefore: string[];

const count = async (sql: string): Promise<number> =>
  Number((await clients[0].query(sql)).rows[0].n);

/** Every index and constraint of the public schema, by its definition. */
async function schema(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ def: string }>(
    `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL
     SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace
      ORDER BY 1`,
  );
  return rows.map((r) => r.def);
}

beforeAll(async () => {
  db = await createTestDatabase();
  clients = [new Client({ connectionString: db.url }), new Client({ connectionString: db.url })];
  await Promise.all(clients.map((c) => c.connect()));
  schemaBefore = await schema(clients[0]);
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await seedScale(clients, TINY);
  } finally {
    write.mockRestore();
  }
}, 120_000);
afterAll(async () => {
  await Promise.all((clients ?? []).map((c) => c.end()));
  await db?.drop();
});

describe('seed:scale', () => {
  it('puts back every index and foreign key it dropped for the load, and its scratch tables go', async () => {
    expect(await schema(clients[0])).toEqual(schemaBefore);
    expect(schemaBefore.some((d) => d.includes('likes_user_idx'))).toBe(true);
    expect(schemaBefore.some((d) => d.includes('replies_post_id_fkey'))).toBe(true);
    expect(
      await count(`SELECT count(*) AS n FROM pg_namespace WHERE nspname = 'seed_scratch'`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM pg_index WHERE NOT indisvalid OR NOT indisready`),
    ).toBe(0);
  });

  it('loads the profile: people, posts, replies and most of the likes (duplicates dropped)', async () => {
    expect(await count(`SELECT count(*) AS n FROM users`)).toBe(TINY.users + 2);
    expect(await count(`SELECT count(*) AS n FROM posts`)).toBe(TINY.posts);
    expect(await count(`SELECT count(*) AS n FROM replies`)).toBe(TINY.replies);
    expect(await count(`SELECT count(*) AS n FROM communities`)).toBe(TINY.communities);
    const likes = await count(`SELECT count(*) AS n FROM likes`);
    expect(likes).toBeLessThanOrEqual(TINY.likes);
    expect(likes).toBeGreaterThan(TINY.likes * 0.8);
    expect(await count(`SELECT count(*) AS n FROM follows`)).toBeGreaterThan(TINY.users * 3);
    expect(await count(`SELECT count(*) AS n FROM mentions`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM post_tags`)).toBeGreaterThan(0);
  });

  it('spreads likes over all posts: the two connections, each liking its own half, share the work evenly', async () => {
    const { rows } = await clients[0].query<{ even: string; odd: string }>(
      `SELECT count(*) FILTER (WHERE seq % 2 = 0) AS even, count(*) FILTER (WHERE seq % 2 = 1) AS odd
         FROM likes l JOIN (SELECT id, row_number() OVER (ORDER BY created_at) - 1 AS seq FROM posts) p
           ON p.id = l.subject_id`,
    );
    const [even, odd] = [Number(rows[0].even), Number(rows[0].odd)];
    expect(Math.min(even, odd) / Math.max(even, odd)).toBeGreaterThan(0.8);
  });

  it('keeps counters and accepted answers true to the rows', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM posts p
                    WHERE p.reply_count <> (SELECT count(*) FROM replies r WHERE r.post_id = p.id)
                       OR p.like_count <> (SELECT count(*) FROM likes l WHERE l.subject_type = 'post' AND l.subject_id = p.id)`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM posts WHERE accepted_reply_id IS NOT NULL`)).toBe(
      await count(`SELECT count(*) AS n FROM posts WHERE answered_at IS NOT NULL`),
    );
    expect(
      await count(`SELECT count(*) AS n FROM posts WHERE accepted_reply_id IS NOT NULL`),
    ).toBeGreaterThan(0);
    // An accepted answer is a reply to that question, and its first.
    expect(
      await count(`SELECT count(*) AS n FROM posts p JOIN replies r ON r.id = p.accepted_reply_id
                    WHERE r.post_id <> p.id OR NOT p.is_question
                       OR EXISTS (SELECT 1 FROM replies o WHERE o.post_id = p.id AND o.created_at < r.created_at)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM replies r JOIN posts p ON p.id = r.post_id
                    WHERE r.created_at < p.created_at OR r.created_at > now()`),
    ).toBe(0);
  });

  it('gives restricted communities members-only posts by their members', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM posts p JOIN communities c ON c.id = p.community_id
                    WHERE (c.type = 'restricted') <> (p.audience = 'members')
                       OR NOT EXISTS (SELECT 1 FROM community_members m
                                       WHERE m.community_id = c.id AND m.user_id = p.author_id)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM posts p JOIN communities c ON c.id = p.community_id
                    WHERE c.type = 'restricted'`),
    ).toBeGreaterThan(0);
  });
});
