import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** One Stack Exchange question with its answers (see shared/data/qa-dev/README.md). */
export interface QaQuestion {
  id: string;
  title: string;
  text: string;
  tags: string[];
  score: number;
  creation_date: string;
  owner_user_id: string | null;
  answers: {
    id: string;
    accepted: boolean;
    score: number;
    owner_user_id: string | null;
    text: string;
  }[];
}

export interface QaSite {
  name: string;
  dir: string;
  corpus: QaQuestion[];
  queries: { id: string; text: string }[];
}

export function readSite(dir: string, name: string): QaSite {
  const lines = (file: string) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  return { name, dir, corpus: lines('corpus.jsonl'), queries: lines('queries.jsonl') };
}

const BATCH = 200;

/**
 * Loads a site as the product stores it: one person per Stack Exchange user, one question post
 * (title as the first line, then the body) per question, its answers as replies, the accepted
 * one accepted, tags as hashtags, and votes as likes. Returns post id -> Stack Exchange id.
 */
export async function loadSite(dataSource: DataSource, site: QaSite): Promise<Map<string, string>> {
  const owners = new Set<string>(['anonymous']);
  for (const q of site.corpus) {
    owners.add(q.owner_user_id ?? 'anonymous');
    for (const a of q.answers) owners.add(a.owner_user_id ?? 'anonymous');
  }
  const userIds = new Map<string, string>();
  const ownerList = [...owners];
  for (let i = 0; i < ownerList.length; i += BATCH) {
    const batch = ownerList.slice(i, i + BATCH).map((owner) => ({ owner, id: randomUUID() }));
    batch.forEach((b) => userIds.set(b.owner, b.id));
    await dataSource.query(
      `INSERT INTO users (id, handle, display_name, email, password_hash)
       SELECT id, 'se_' || owner, 'SE user ' || owner, 'se_' || owner || '@example.invalid', '!'
         FROM unnest($1::uuid[], $2::text[]) AS u(id, owner)`,
      [batch.map((b) => b.id), batch.map((b) => b.owner)],
    );
  }
  const postIds = new Map<string, string>();
  for (let i = 0; i < site.corpus.length; i += BATCH) {
    const batch = site.corpus.slice(i, i + BATCH);
    const posts = batch.map((q) => {
      const id = randomUUID();
      postIds.set(id, q.id);
      return { q, id };
    });
    await dataSource.query(
      `INSERT INTO posts (id, author_id, is_question, body, body_html, like_count, reply_count, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::text[], $5::text[], $6::int[], $7::int[], $8::timestamptz[])`,
      [
        posts.map((p) => p.id),
        posts.map((p) => userIds.get(p.q.owner_user_id ?? 'anonymous')),
        posts.map(() => true),
        posts.map((p) => `${p.q.title}\n\n${p.q.text}`),
        posts.map(() => ''),
        posts.map((p) => Math.max(0, p.q.score)),
        posts.map((p) => p.q.answers.length),
        posts.map((p) => `${p.q.creation_date}Z`),
      ],
    );
    const replies = posts.flatMap((p) =>
      p.q.answers.map((a) => ({ postId: p.id, id: randomUUID(), a, created: p.q.creation_date })),
    );
    if (replies.length) {
      await dataSource.query(
        `INSERT INTO replies (id, post_id, author_id, body, body_html, like_count, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])`,
        [
          replies.map((r) => r.id),
          replies.map((r) => r.postId),
          replies.map((r) => userIds.get(r.a.owner_user_id ?? 'anonymous')),
          replies.map((r) => r.a.text),
          replies.map(() => ''),
          replies.map((r) => Math.max(0, r.a.score)),
          replies.map((r) => `${r.created}Z`),
        ],
      );
      const accepted = replies.filter((r) => r.a.accepted);
      await dataSource.query(
        `UPDATE posts p SET accepted_reply_id = a.reply_id, answered_at = p.created_at
           FROM unnest($1::uuid[], $2::uuid[]) AS a(post_id, reply_id) WHERE p.id = a.post_id`,
        [accepted.map((r) => r.postId), accepted.map((r) => r.id)],
      );
    }
    const tags = posts.flatMap((p) => [...new Set(p.q.tags)].map((tag) => ({ p, tag })));
    if (tags.length) {
      await dataSource.query(
        `INSERT INTO post_tags (post_id, tag, post_created_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[])`,
        [
          tags.map((t) => t.p.id),
          tags.map((t) => t.tag),
          tags.map((t) => `${t.p.q.creation_date}Z`),
        ],
      );
    }
  }
  return postIds;
}
