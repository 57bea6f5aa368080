import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStorage } from '@outloud/files';
import { audienceOfCommunity } from '@outloud/server-core';
import { Client } from 'pg';
import { DEMO_FILE_COMMENTS, DEMO_FILES, demoContent, DemoFile } from './demo-files';
import { createRng, Rng } from './prng';
import { Progress } from './progress';

/**
 * Northwind Ridge's shared files: ~40 documents in people's files and communities, some with
 * two or three versions, downloads and likes spread so a few documents clearly lead the "most
 * downloaded" and "most liked" lists. Blobs go through the product's storage port
 * (content-addressed under DATA_DIR/files, or S3 when configured). Runs after communities, in
 * the seed's transaction; files in restricted communities are shared and used by members only.
 */

export interface FileSeedCounts {
  files: number;
  versions: number;
  downloads: number;
  likes: number;
  comments: number;
}

export interface BlobSink {
  storage: BlobStorage;
  /** Where a blob is written before the storage moves it in (same file system as local blobs). */
  tempDir: string;
}

const SEED = 7_2026;
const DAY_SECONDS = 86_400;

const COMMENTS = DEMO_FILE_COMMENTS;

interface Person {
  id: string;
  handle: string;
  department: string;
}

/** Stores bytes under their SHA-256 through the storage port; returns the hash. */
async function storeBlob(sink: BlobSink, bytes: Buffer): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const temp = join(sink.tempDir, `seed-${randomUUID()}.part`);
  await writeFile(temp, bytes, { flag: 'wx' });
  try {
    await sink.storage.put(sha256, temp, bytes.length);
  } finally {
    await rm(temp, { force: true });
  }
  return sha256;
}

export async function seedFiles(client: Client, sink: BlobSink): Promise<FileSeedCounts> {
  const counts: FileSeedCounts = { files: 0, versions: 0, downloads: 0, likes: 0, comments: 0 };
  // Like the rest of the seed: never on top of existing files.
  if ((await client.query('SELECT EXISTS (SELECT 1 FROM files) AS any')).rows[0].any) return counts;
  const people: Person[] = (
    await client.query(
      `SELECT id, lower(handle) AS handle, department FROM users WHERE status = 'active' ORDER BY handle`,
    )
  ).rows;
  if (people.length < 10) return counts;
  const communities = new Map<string, { id: string; type: string; members: Person[] }>();
  const { rows: memberRows } = await client.query<{
    slug: string;
    id: string;
    type: string;
    user_ids: string[];
  }>(
    `SELECT c.slug, c.id, c.type,
            coalesce(array_agg(m.user_id ORDER BY m.user_id) FILTER (WHERE m.user_id IS NOT NULL), '{}') AS user_ids
       FROM communities c
       LEFT JOIN community_members m ON m.community_id = c.id AND m.state = 'member'
      GROUP BY c.id`,
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const row of memberRows)
    communities.set(row.slug, {
      id: row.id,
      type: row.type,
      members: row.user_ids.flatMap((id) => byId.get(id) ?? []),
    });

  await mkdir(sink.tempDir, { recursive: true });
  const rng = createRng(SEED);
  const progress = new Progress('files', DEMO_FILES.length);
  for (const [index, spec] of DEMO_FILES.entries()) {
    const community = spec.community ? communities.get(spec.community) : undefined;
    if (spec.community && !community) continue; // community seed changed: skip, do not fail
    const owner = pickOwner(rng, spec, people, community?.members);
    const added = await insertFile(client, sink, rng, spec, owner, community, people);
    counts.files += 1;
    counts.versions += added.versions;
    counts.downloads += added.downloads;
    counts.likes += added.likes;
    counts.comments += added.comments;
    progress.update(index + 1);
  }
  progress.finish();
  return counts;
}

function pickOwner(rng: Rng, spec: DemoFile, people: Person[], members?: Person[]): Person {
  const fixed = spec.owner && people.find((p) => p.handle === spec.owner);
  if (fixed && (!members || members.includes(fixed))) return fixed;
  if (members?.length) {
    const insiders = members.filter((p) => !spec.department || p.department === spec.department);
    return rng.pick(insiders.length ? insiders : members);
  }
  const insiders = people.filter((p) => p.department === spec.department);
  return rng.pick(insiders.length ? insiders : people);
}

async function insertFile(
  client: Client,
  sink: BlobSink,
  rng: Rng,
  spec: DemoFile,
  owner: Person,
  community: { id: string; type: string; members: Person[] } | undefined,
  people: Person[],
): Promise<{ versions: number; downloads: number; likes: number; comments: number }> {
  const versionCount = (spec.revisions?.length ?? 0) + 1;
  // Seconds before now: the first version 20–58 days ago, later ones a few days apart.
  const ages: number[] = [rng.int(20, 58) * DAY_SECONDS + rng.int(0, DAY_SECONDS)];
  for (let v = 2; v <= versionCount; v++)
    ages.push(Math.max(3600, ages[v - 2] - rng.int(2, 8) * DAY_SECONDS));
  const versions = [];
  for (let v = 1; v <= versionCount; v++) {
    const content = await demoContent(spec, v);
    versions.push({ ...content, sha256: await storeBlob(sink, content.bytes) });
  }
  const current = versions[versions.length - 1];
  const audience = audienceOfCommunity(community?.type);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO files (owner_id, community_id, audience, name, description, tags, version, mime_type,
                        size_bytes, sha256, extracted_text, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             now() - make_interval(secs => $12), now() - make_interval(secs => $13))
     RETURNING id`,
    [
      owner.id,
      community?.id ?? null,
      audience,
      spec.name,
      spec.description,
      spec.tags,
      versionCount,
      current.mimeType,
      current.bytes.length,
      current.sha256,
      current.text,
      ages[0],
      ages[ages.length - 1],
    ],
  );
  const fileId = rows[0].id;
  await client.query(
    `INSERT INTO file_versions (file_id, version, uploaded_by, name, mime_type, size_bytes, sha256, created_at)
     SELECT $1, v.n, $2, $3, v.mime, v.size, v.sha, now() - make_interval(secs => v.age)
       FROM unnest($4::int[], $5::text[], $6::bigint[], $7::text[], $8::int[]) AS v(n, mime, size, sha, age)`,
    [
      fileId,
      owner.id,
      spec.name,
      versions.map((_, i) => i + 1),
      versions.map((v) => v.mimeType),
      versions.map((v) => v.bytes.length),
      versions.map((v) => v.sha256),
      ages,
    ],
  );

  // Who uses it: members only in restricted communities; the popular ones by many people.
  const audienceOf = community?.type === 'restricted' ? community.members : people;
  const pool = audienceOf.filter((p) => p.id !== owner.id);
  const popularity = spec.popularity ?? 1;
  const downloaders = rng.pickMany(
    pool,
    Math.min(pool.length, popularity * popularity + rng.int(0, popularity * 2)),
  );
  const perPerson = downloaders.map(() => rng.int(1, popularity >= 7 ? 4 : 2));
  if (downloaders.length)
    await client.query(
      `INSERT INTO file_downloaders (file_id, user_id, downloads, last_at)
       SELECT $1, d.user_id, d.n, now() - make_interval(secs => d.age)
         FROM unnest($2::uuid[], $3::int[], $4::int[]) AS d(user_id, n, age)`,
      [fileId, downloaders.map((p) => p.id), perPerson, downloaders.map(() => rng.int(0, ages[0]))],
    );
  // Likes come from people who used it; leaders are liked more often.
  const likers = downloaders.filter(() => rng.chance(Math.min(0.75, 0.1 + popularity * 0.06)));
  if (likers.length)
    await client.query(
      `INSERT INTO file_likes (file_id, user_id, created_at)
       SELECT $1, u, now() - make_interval(secs => a) FROM unnest($2::uuid[], $3::int[]) AS l(u, a)`,
      [fileId, likers.map((p) => p.id), likers.map(() => rng.int(0, ages[0]))],
    );
  const commenters = popularity >= 3 ? rng.pickMany(downloaders, rng.int(0, 3)) : [];
  if (commenters.length)
    await client.query(
      `INSERT INTO file_comments (file_id, author_id, body, created_at)
       SELECT $1, c.author, c.body, now() - make_interval(secs => c.age)
         FROM unnest($2::uuid[], $3::text[], $4::int[]) AS c(author, body, age)`,
      [
        fileId,
        commenters.map((p) => p.id),
        commenters.map(() => rng.pick(COMMENTS)),
        commenters.map(() => rng.int(0, ages[ages.length - 1])),
      ],
    );
  const downloads = perPerson.reduce((sum, n) => sum + n, 0);
  await client.query(
    `UPDATE files SET download_count = $2, downloader_count = $3, like_count = $4, comment_count = $5
      WHERE id = $1`,
    [fileId, downloads, downloaders.length, likers.length, commenters.length],
  );
  return {
    versions: versionCount,
    downloads,
    likes: likers.length,
    comments: commenters.length,
  };
}
