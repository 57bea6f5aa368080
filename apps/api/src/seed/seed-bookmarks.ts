import { parseBookmarkUrl } from '@outloud/bookmarks';
import { Client } from 'pg';
import { z } from 'zod';
import raw from './data/bookmarks.json';
import { createRng } from './prng';
import { Progress } from './progress';
import { parseSeedData, tag, text } from './seed-data';

/**
 * Northwind Ridge's bookmarks: ~80, mostly links to well-known public documentation, with a
 * few saved posts and files. Several people save the same links (so "who else bookmarked
 * this" and the popular list mean something); a few are private. Target keys come from the
 * product's own URL rules, so the seed's links group exactly like saved ones. Nothing is fetched.
 * The links and notes are in data/bookmarks.json.
 */

const linkSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  title: text,
  description: text,
  tags: z.array(tag),
});
type DemoLink = z.infer<typeof linkSchema>;

const DATA = parseSeedData(
  'bookmarks.json',
  z.strictObject({
    /** By position: the demo log-ins save fixed ones (see seedBookmarks), the first most often. */
    links: z.array(linkSchema).min(24),
    /** A note people write instead of the link's description; '' for none. */
    notes: z.array(z.string()).min(1),
  }),
  raw,
);
const LINKS = DATA.links;
const NOTES = DATA.notes;

const SEED = 8_2026;
const TARGET_BOOKMARKS = 82;
const DAY_SECONDS = 86_400;

export interface BookmarkSeedCounts {
  bookmarks: number;
  links: number;
  private: number;
}

export async function seedBookmarks(client: Client): Promise<BookmarkSeedCounts> {
  const counts: BookmarkSeedCounts = { bookmarks: 0, links: 0, private: 0 };
  if ((await client.query('SELECT EXISTS (SELECT 1 FROM bookmarks) AS any')).rows[0].any)
    return counts;
  const people: { id: string; handle: string }[] = (
    await client.query(
      `SELECT id, lower(handle) AS handle FROM users WHERE status = 'active' ORDER BY handle`,
    )
  ).rows;
  if (people.length < 10) return counts;
  const rng = createRng(SEED);
  const rows: {
    ownerId: string;
    type: 'url' | 'post' | 'file';
    url: string | null;
    postId: string | null;
    fileId: string | null;
    key: string;
    title: string;
    description: string;
    tags: string[];
    isPrivate: boolean;
  }[] = [];
  const taken = new Set<string>();
  const add = (row: (typeof rows)[number]) => {
    if (taken.has(`${row.ownerId} ${row.key}`)) return false;
    taken.add(`${row.ownerId} ${row.key}`);
    rows.push(row);
    return true;
  };
  const link = (ownerId: string, l: DemoLink, isPrivate: boolean) => {
    const parsed = parseBookmarkUrl(l.url);
    if (!parsed.ok) throw new Error(`Demo bookmark URL refused: ${l.url} (${parsed.message})`);
    return add({
      ownerId,
      type: 'url',
      url: parsed.url,
      postId: null,
      fileId: null,
      key: parsed.key,
      title: l.title,
      description: rng.chance(0.6) ? l.description : rng.pick(NOTES),
      tags: l.tags,
      isPrivate,
    });
  };

  // The demo log-ins save a few things themselves, so "my bookmarks" is not empty.
  const ana = people.find((p) => p.handle === 'ana');
  const bo = people.find((p) => p.handle === 'bo');
  if (ana) for (const i of [0, 1, 23, 18]) link(ana.id, LINKS[i], false);
  if (bo) for (const i of [3, 5, 9]) link(bo.id, LINKS[i], i === 9);

  // Public posts and files people saved inside Outloud.
  const posts: { id: string; body: string }[] = (
    await client.query(
      `SELECT id, body FROM posts WHERE audience = 'public' AND deleted_at IS NULL
        ORDER BY like_count DESC, id LIMIT 6`,
    )
  ).rows;
  const files: { id: string; name: string; tags: string[] }[] = (
    await client.query(
      `SELECT id, name, tags FROM files WHERE audience = 'public' ORDER BY download_count DESC, id LIMIT 5`,
    )
  ).rows;
  for (const post of posts)
    add({
      ownerId: rng.pick(people).id,
      type: 'post',
      url: null,
      postId: post.id,
      fileId: null,
      key: `post:${post.id}`,
      title: post.body.replace(/\s+/g, ' ').slice(0, 120),
      description: '',
      tags: [],
      isPrivate: false,
    });
  for (const file of files)
    for (const owner of rng.pickMany(people, rng.int(1, 2)))
      add({
        ownerId: owner.id,
        type: 'file',
        url: null,
        postId: null,
        fileId: file.id,
        key: `file:${file.id}`,
        title: file.name,
        description: '',
        tags: file.tags,
        isPrivate: false,
      });

  // Links: a Zipf spread, so the first few are saved by many people.
  let attempts = 0;
  while (rows.length < TARGET_BOOKMARKS && attempts++ < 2000) {
    const l = LINKS[rng.zipfIndex(LINKS.length, 0.9)];
    link(rng.pick(people).id, l, rows.length % 11 === 5);
  }

  const progress = new Progress('bookmarks', rows.length);
  const batch = 40;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    await client.query(
      `INSERT INTO bookmarks (owner_id, target_type, url, post_id, file_id, target_key, title, description,
                              tags, is_private, created_at, updated_at)
       SELECT b.owner_id, b.type, b.url, b.post_id, b.file_id, b.key, b.title, b.description,
              ARRAY(SELECT jsonb_array_elements_text(b.tags)), b.private,
              now() - make_interval(secs => b.age), now() - make_interval(secs => b.age)
         FROM jsonb_to_recordset($1::jsonb) AS b(owner_id uuid, type text, url text, post_id uuid,
              file_id uuid, key text, title text, description text, tags jsonb, private boolean, age int)`,
      [
        JSON.stringify(
          slice.map((r) => ({
            owner_id: r.ownerId,
            type: r.type,
            url: r.url,
            post_id: r.postId,
            file_id: r.fileId,
            key: r.key,
            title: r.title,
            description: r.description,
            tags: r.tags,
            private: r.isPrivate,
            age: rng.int(3600, 55 * DAY_SECONDS),
          })),
        ),
      ],
    );
    progress.update(Math.min(i + batch, rows.length));
  }
  progress.finish();
  counts.bookmarks = rows.length;
  counts.links = rows.filter((r) => r.type === 'url').length;
  counts.private = rows.filter((r) => r.isPrivate).length;
  return counts;
}
