import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  communityContentVisibleSql,
  contentScopeSql,
  isHiddenSql,
  preparedQuery,
  PUBLIC_SCOPE,
  visibleScopeSql,
} from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { expertRankingSql, RankedExpertRow } from './expert-ranking-sql';
import {
  decayAt,
  EVIDENCE_KINDS,
  EVIDENCE_WEIGHTS,
  HALF_LIFE_DAYS,
  WEIGHT_EPOCH,
} from './expertise-scoring';

export type SourceType = 'reply' | 'file' | 'profile';
type Key = { user_id: string; topic: string; scope: string };
type TopicScope = { topic: string; scope: string };

/** Text-search configuration of topic words: folded (unaccent) and stemmed. */
const WORDS_CONFIG = 'outloud_english';
/** A post's words are taken from its first characters: the title and the start of the body. */
const POST_WORD_CHARS = 600;
/** A word topic is a real word: 3 to 40 characters, no digits, paths or addresses. */
const wordFilter = (lexeme: string) =>
  `(length(${lexeme}) BETWEEN 3 AND 40 AND ${lexeme} !~ '[0-9/.@:_]')`;

/** The topics of a post: its tags and the words it starts with. */
const postTopicsSql = (p: string) => `
  SELECT 'tag:' || pt.tag FROM post_tags pt WHERE pt.post_id = ${p}.id
  UNION
  SELECT 'word:' || v.lexeme FROM unnest(to_tsvector('${WORDS_CONFIG}', left(${p}.body, ${POST_WORD_CHARS}))) v
   WHERE ${wordFilter('v.lexeme')}`;

/** Words of free text (a file's name and description, declared expertise) as topics. */
const textTopicsSql = (text: string) => `
  SELECT 'word:' || v.lexeme FROM unnest(to_tsvector('${WORDS_CONFIG}', ${text})) v
   WHERE ${wordFilter('v.lexeme')}`;

/**
 * The evidence each source gives now, as (source_type, source_id, topic, user_id, scope, kind,
 * at) rows, for the sources `filter` keeps. Deleted and hidden content gives none; neither does
 * a reply to one's own post.
 */
const EVIDENCE_SQL: Record<SourceType, (filter: string) => string> = {
  reply: (filter) => `
    SELECT 'reply', r.id, t.topic, r.author_id, ${contentScopeSql('p')},
           CASE WHEN p.accepted_reply_id = r.id THEN 'accepted'
                WHEN EXISTS (SELECT 1 FROM likes l WHERE l.subject_type = 'reply' AND l.subject_id = r.id
                                AND l.user_id <> r.author_id) THEN 'liked_reply'
                ELSE 'reply' END,
           CASE WHEN p.accepted_reply_id = r.id THEN coalesce(p.answered_at, r.created_at) ELSE r.created_at END
      FROM replies r JOIN posts p ON p.id = r.post_id
      CROSS JOIN LATERAL (${postTopicsSql('p')}) t(topic)
     WHERE ${filter.replace('$ID', 'r.id')} AND r.deleted_at IS NULL AND p.deleted_at IS NULL
       AND r.author_id <> p.author_id
       AND NOT ${isHiddenSql('reply', 'r.id')} AND NOT ${isHiddenSql('post', 'p.id')}`,
  // A file counts once somebody else downloaded or liked it.
  file: (filter) => `
    SELECT 'file', f.id, t.topic, f.owner_id, ${contentScopeSql('f')}, 'used_file', f.updated_at
      FROM files f
      CROSS JOIN LATERAL (
        SELECT 'tag:' || tag FROM unnest(f.tags) tag
        UNION ${textTopicsSql(`f.name || ' ' || f.description`)}) t(topic)
     WHERE ${filter.replace('$ID', 'f.id')} AND NOT ${isHiddenSql('file', 'f.id')}
       AND (EXISTS (SELECT 1 FROM file_downloaders d WHERE d.file_id = f.id AND d.user_id <> f.owner_id)
         OR EXISTS (SELECT 1 FROM file_likes fl WHERE fl.file_id = f.id AND fl.user_id <> f.owner_id))`,
  // Self-declared: weakest, and public like the profile itself.
  profile: (filter) => `
    SELECT 'profile', u.id, t.topic, u.id, '${PUBLIC_SCOPE}'::uuid, 'declared', u.updated_at
      FROM users u
      CROSS JOIN LATERAL (
        SELECT 'tag:' || lower(replace(x, ' ', '-')) FROM unnest(u.expertise) x
        UNION ${textTopicsSql(`array_to_string(u.expertise, ' ')`)}) t(topic)
     WHERE ${filter.replace('$ID', 'u.id')} AND NOT ${isHiddenSql('profile', 'u.id')}`,
};

const INSERT_EVIDENCE = `INSERT INTO expertise_evidence (source_type, source_id, topic, user_id, scope, kind, at)`;

/** One piece of evidence's weight measured at WEIGHT_EPOCH (see expertise-scoring.ts). */
const EPOCH_WEIGHT_SQL = `(CASE e.kind ${EVIDENCE_KINDS.map(
  (k) => `WHEN '${k}' THEN ${EVIDENCE_WEIGHTS[k]}::float8`,
).join(' ')} END
  * power(2::float8, extract(epoch FROM e.at - to_timestamp(${WEIGHT_EPOCH / 1000}))::float8 / ${HALF_LIFE_DAYS * 86400}))`;

const AGGREGATE_COLUMNS = `
  count(*) FILTER (WHERE e.kind = 'accepted')::int,
  count(*) FILTER (WHERE e.kind = 'liked_reply')::int,
  count(*) FILTER (WHERE e.kind = 'reply')::int,
  count(*) FILTER (WHERE e.kind = 'used_file')::int,
  count(*) FILTER (WHERE e.kind = 'declared')::int,
  sum(${EPOCH_WEIGHT_SQL}), max(e.at)`;

const TOPIC_COLUMNS = `(user_id, topic, scope, accepted, liked_replies, replies, used_files, declared, weight, last_at)`;

/**
 * Per topic, at most this many people are read (the strongest): the work stays bounded. At 1M,
 * 100 instead of 300 left the first person of 200 drafts unchanged and their first three in
 * order for 197 (the other three swapped near ties) for 2.3 times less work (decision 0023).
 */
const PEOPLE_PER_TOPIC = 100;

function evidenceParams(topics: string[], viewerId: string, communityId: string | null): unknown[] {
  return communityId
    ? [JSON.stringify(topics), viewerId, communityId]
    : [JSON.stringify(topics), viewerId];
}

/**
 * A draft's evidence as the CTE `ev` (with the CTEs it needs): per topic, its strongest visible
 * rows first (the leaders index), so the work is bounded by PEOPLE_PER_TOPIC, not by how many
 * people ever touched a common word; then each person's rows of a topic summed over the scopes
 * the viewer may see. $1 the topics (one JSON array: PostgreSQL sizes a text[] parameter in each
 * custom plan and then never settled on a generic one, 0.65 ms of planning per draft for 0.12 ms
 * of running), $2 the viewer, $3 the community when there is one (without one, no community
 * clause: a generic plan cannot drop it the way a custom plan for a null parameter does).
 */
function evidenceCtes(withCommunity: boolean): string {
  return `topics AS MATERIALIZED (SELECT json_array_elements_text($1::json) AS topic),
       leaders AS (
         SELECT c.* FROM topics t CROSS JOIN LATERAL (
           SELECT e.user_id, e.topic, e.accepted, e.liked_replies, e.replies, e.used_files,
                  e.declared, e.weight, e.last_at
             FROM expertise_topics e
            WHERE e.topic = t.topic AND ${visibleScopeSql('e.scope', '$2')} AND e.user_id <> $2
              ${withCommunity ? `AND ${communityContentVisibleSql('$3::uuid', 'e.user_id')}` : ''}
            ORDER BY e.weight DESC
            LIMIT ${PEOPLE_PER_TOPIC}) c),
       population AS (
         SELECT p.topic, sum(p.people)::int AS people FROM expertise_topic_people p
          WHERE p.topic IN (SELECT topic FROM topics) AND ${visibleScopeSql('p.scope', '$2')}
          GROUP BY p.topic),
       -- A topic's leaders are at most PEOPLE_PER_TOPIC rows, so at most that many people: no
       -- ranking within a topic is needed to keep them (one sort fewer, decision 0023).
       ev AS (
         SELECT l.user_id, l.topic, sum(l.accepted)::int AS accepted,
                sum(l.liked_replies)::int AS liked_replies, sum(l.replies)::int AS replies,
                sum(l.used_files)::int AS used_files, sum(l.declared)::int AS declared,
                sum(l.weight) AS weight,
                -- As a number: a timestamp costs the API a regular expression per row to parse
                -- (docs/decisions/0015). In double precision: extract() is numeric, and numeric
                -- arithmetic per row is slow (0021).
                extract(epoch FROM max(l.last_at))::float8 * 1000 AS last_at_ms,
                greatest(max(n.people), count(*) OVER (PARTITION BY l.topic))::int AS people
           FROM leaders l LEFT JOIN population n ON n.topic = l.topic
          GROUP BY l.user_id, l.topic)`;
}

/** The experts statement without and with a community ($3): built once, not per draft. */
const TOP_EXPERTS_SQL = [false, true].map(
  (withCommunity) => `WITH ${evidenceCtes(withCommunity)},
       ${expertRankingSql(withCommunity ? { decay: '$4', first: '$5' } : { decay: '$3', first: '$4' })}`,
);

/**
 * The expertise tables: evidence per source, rewritten from the source tables when an event
 * names the source, and the per person, topic and scope sums that suggestions read.
 */
@Injectable()
export class ExpertiseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Rewrites the evidence of these sources from what they are now, and the sums it moves. One
   * transaction, holding a lock per person involved (sorted, so two jobs never deadlock), so
   * concurrent jobs on one person's evidence each recompute sums that include the other's rows.
   */
  async refresh(type: SourceType, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.transaction(async (tx) => {
      const people: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM expertise_evidence WHERE source_type = $1 AND source_id = ANY($2::uuid[])
         UNION SELECT user_id FROM (${EVIDENCE_SQL[type]('$ID = ANY($2::uuid[])')}) AS s(a, b, c, user_id)
         ORDER BY user_id`,
        [type, ids],
      );
      for (const { user_id } of people)
        await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('expertise:' || $1, 0))`, [
          user_id,
        ]);
      // TypeORM answers a DELETE with [rows, count].
      const [removed]: [Key[], number] = await tx.query(
        `DELETE FROM expertise_evidence WHERE source_type = $1 AND source_id = ANY($2::uuid[])
         RETURNING user_id, topic, scope`,
        [type, ids],
      );
      const added: Key[] = await tx.query(
        `${INSERT_EVIDENCE} ${EVIDENCE_SQL[type]('$ID = ANY($1::uuid[])')}
         ON CONFLICT DO NOTHING RETURNING user_id, topic, scope`,
        [ids],
      );
      await this.recomputeSums(tx, [...removed, ...added]);
    });
  }

  private async recomputeSums(tx: EntityManager, keys: Key[]): Promise<void> {
    if (!keys.length) return;
    const unique = [
      ...new Map(keys.map((k) => [`${k.user_id}|${k.topic}|${k.scope}`, k])).values(),
    ];
    const params = [
      unique.map((k) => k.user_id),
      unique.map((k) => k.topic),
      unique.map((k) => k.scope),
    ];
    const [gone]: [TopicScope[], number] = await tx.query(
      `DELETE FROM expertise_topics t
        USING unnest($1::uuid[], $2::text[], $3::uuid[]) AS k(user_id, topic, scope)
        WHERE t.user_id = k.user_id AND t.topic = k.topic AND t.scope = k.scope
        RETURNING t.topic, t.scope`,
      params,
    );
    const back: TopicScope[] = await tx.query(
      `INSERT INTO expertise_topics ${TOPIC_COLUMNS}
       SELECT k.user_id, k.topic, k.scope, ${AGGREGATE_COLUMNS}
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS k(user_id, topic, scope)
         JOIN expertise_evidence e ON e.user_id = k.user_id AND e.topic = k.topic AND e.scope = k.scope
        GROUP BY k.user_id, k.topic, k.scope
       RETURNING topic, scope`,
      params,
    );
    await this.countPeople(tx, gone, back);
  }

  /**
   * Keeps `expertise_topic_people` in step: a person new to a topic and scope adds one, a person
   * whose last evidence there went takes one away. Rewritten rows cancel out, so most writes
   * touch no count; the changed ones are updated in topic order (two jobs never deadlock).
   */
  private async countPeople(
    tx: EntityManager,
    gone: TopicScope[],
    back: TopicScope[],
  ): Promise<void> {
    const delta = new Map<string, TopicScope & { n: number }>();
    for (const [rows, step] of [
      [gone, -1],
      [back, 1],
    ] as const)
      for (const r of rows) {
        const key = `${r.topic}|${r.scope}`;
        const d = delta.get(key) ?? { topic: r.topic, scope: r.scope, n: 0 };
        d.n += step;
        delta.set(key, d);
      }
    const changed = [...delta.values()]
      .filter((d) => d.n !== 0)
      .sort((a, b) => (a.topic + a.scope < b.topic + b.scope ? -1 : 1));
    if (!changed.length) return;
    await tx.query(
      `INSERT INTO expertise_topic_people (topic, scope, people)
       SELECT topic, scope, n FROM unnest($1::text[], $2::uuid[], $3::int[]) AS d(topic, scope, n)
       ON CONFLICT (topic, scope) DO UPDATE SET people = expertise_topic_people.people + EXCLUDED.people`,
      [changed.map((d) => d.topic), changed.map((d) => d.scope), changed.map((d) => d.n)],
    );
  }

  /** Everything again from the source tables, in one transaction (readers keep the old rows). */
  async rebuildAll(): Promise<{ evidence: number; topics: number }> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`LOCK TABLE expertise_evidence, expertise_topics IN EXCLUSIVE MODE`);
      await tx.query(`LOCK TABLE expertise_topic_people IN EXCLUSIVE MODE`);
      await tx.query(`DELETE FROM expertise_topic_people`);
      await tx.query(`DELETE FROM expertise_topics`);
      await tx.query(`DELETE FROM expertise_evidence`);
      for (const type of Object.keys(EVIDENCE_SQL) as SourceType[])
        await tx.query(`${INSERT_EVIDENCE} ${EVIDENCE_SQL[type]('true')} ON CONFLICT DO NOTHING`);
      await tx.query(
        `INSERT INTO expertise_topics ${TOPIC_COLUMNS}
         SELECT e.user_id, e.topic, e.scope, ${AGGREGATE_COLUMNS}
           FROM expertise_evidence e GROUP BY e.user_id, e.topic, e.scope`,
      );
      await tx.query(
        `INSERT INTO expertise_topic_people (topic, scope, people)
         SELECT topic, scope, count(*) FROM expertise_topics GROUP BY topic, scope`,
      );
      const [counts]: { evidence: number; topics: number }[] = await tx.query(
        `SELECT (SELECT count(*) FROM expertise_evidence)::int AS evidence,
                (SELECT count(*) FROM expertise_topics)::int AS topics`,
      );
      return counts;
    });
  }

  /** The replies of these posts (deleted ones too: their evidence must go). */
  async repliesOfPosts(postIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM replies WHERE post_id = ANY($1::uuid[])`,
      [postIds],
    );
    return rows.map((r) => r.id);
  }

  /** The replies and files of a community (its type changed, so their scope did). */
  async sourcesOfCommunity(communityId: string): Promise<{ replies: string[]; files: string[] }> {
    const [row]: { replies: string[]; files: string[] }[] = await this.dataSource.query(
      `SELECT coalesce((SELECT array_agg(r.id) FROM replies r JOIN posts p ON p.id = r.post_id
                         WHERE p.community_id = $1), '{}') AS replies,
              coalesce((SELECT array_agg(f.id) FROM files f WHERE f.community_id = $1), '{}') AS files`,
      [communityId],
    );
    return row;
  }

  /**
   * The draft's words as topics: each distinct folded stem once, with the first draft word that
   * gave it (to show in reasons), in the order they appear.
   */
  async wordTopics(words: string[]): Promise<{ topic: string; label: string }[]> {
    if (!words.length) return [];
    // Prepared, and the words a JSON array: see `evidence`.
    return preparedQuery(
      this.dataSource,
      `SELECT topic, label FROM (
         SELECT DISTINCT ON (v.lexeme) 'word:' || v.lexeme AS topic, w.word AS label, w.i
           FROM json_array_elements_text($1::json) WITH ORDINALITY AS w(word, i),
                unnest(to_tsvector('${WORDS_CONFIG}', w.word)) v
          WHERE ${wordFilter('v.lexeme')}
          ORDER BY v.lexeme, w.i) t
        ORDER BY i`,
      [JSON.stringify(words)],
    );
  }

  /** Whether the viewer may read content in this community (it exists and is visible). */
  async communityVisible(communityId: string, viewerId: string): Promise<boolean> {
    const [row]: { visible: boolean }[] = await this.dataSource.query(
      `SELECT ${communityContentVisibleSql('$1', '$2')} AS visible`,
      [communityId, viewerId],
    );
    return row.visible;
  }

  /**
   * The `first` people with the strongest evidence on these topics as of `now`, from scopes the
   * viewer may see, never the viewer, and only people who may read content in `communityId`
   * when one is given. Ranked in
   * PostgreSQL (`expertRankingSql`, the same rules as `rankExperts`), each with the row that
   * contributed most: three people come back instead of thousands of evidence rows.
   */
  async topExperts(
    topics: string[],
    viewerId: string,
    communityId: string | null,
    first: number,
    now: Date,
  ): Promise<RankedExpertRow[]> {
    if (!topics.length) return [];
    return preparedQuery(this.dataSource, TOP_EXPERTS_SQL[communityId === null ? 0 : 1], [
      ...evidenceParams(topics, viewerId, communityId),
      decayAt(now),
      first,
    ]);
  }
}
