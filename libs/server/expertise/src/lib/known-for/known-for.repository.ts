import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleFilesSql, visibleRepliesSql, visibleScopeSql } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { EvidenceKind } from '../expertise-scoring';
import { PersonTopic } from './known-for';

/** Text-search configuration of topic words (the same as the expertise model's). */
const WORDS_CONFIG = 'outloud_english';

/** One piece of evidence the viewer may open: a reply (its post) or a file. */
export interface EvidenceItem {
  topic: string;
  kind: EvidenceKind;
  at: Date;
  postId: string | null;
  postBody: string | null;
  fileId: string | null;
  fileName: string | null;
  /** For a word topic: the first word of the evidence's text that gives the stem. */
  label: string | null;
}

/**
 * Reads for "Known for": one person's topics and evidence, only from scopes the viewer may read
 * (`visibleScopeSql`), and evidence items only when the viewer may open them right now (the
 * reply's or file's read predicate of the access policy).
 */
@Injectable()
export class KnownForRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person's strongest topics by stored weight, with how many people the viewer sees on each. */
  async topicsOf(userId: string, viewerId: string, limit: number): Promise<PersonTopic[]> {
    const rows: {
      topic: string;
      accepted: number;
      liked_replies: number;
      replies: number;
      used_files: number;
      weight: number;
      last_at: Date;
      people: number;
    }[] = await this.dataSource.query(
      `WITH mine AS (
         SELECT t.topic, sum(t.accepted)::int AS accepted, sum(t.liked_replies)::int AS liked_replies,
                sum(t.replies)::int AS replies, sum(t.used_files)::int AS used_files,
                sum(t.weight) AS weight, max(t.last_at) AS last_at
           FROM expertise_topics t
          WHERE t.user_id = $1 AND ${visibleScopeSql('t.scope', '$2')}
            AND t.accepted + t.liked_replies + t.replies + t.used_files > 0
          GROUP BY t.topic
          ORDER BY sum(t.weight) DESC, t.topic
          LIMIT $3)
       SELECT m.*, (SELECT count(DISTINCT o.user_id) FROM expertise_topics o
                     WHERE o.topic = m.topic AND ${visibleScopeSql('o.scope', '$2')})::int AS people
         FROM mine m`,
      [userId, viewerId, limit],
    );
    return rows.map((r) => ({
      topic: r.topic,
      accepted: r.accepted,
      likedReplies: r.liked_replies,
      replies: r.replies,
      usedFiles: r.used_files,
      declared: 0,
      weight: Number(r.weight),
      lastAt: new Date(r.last_at),
      people: r.people,
    }));
  }

  /**
   * Up to `perTopic` pieces of evidence per topic (strongest kind first, then newest), each one
   * the viewer may open now: a reply they may read (its post too), or a file they may read.
   */
  async evidenceOf(
    userId: string,
    viewerId: string,
    topics: string[],
    perTopic: number,
  ): Promise<EvidenceItem[]> {
    if (!topics.length) return [];
    const rows: {
      topic: string;
      kind: EvidenceKind;
      at: Date;
      post_id: string | null;
      post_body: string | null;
      file_id: string | null;
      file_name: string | null;
      label: string | null;
    }[] = await this.dataSource.query(
      `SELECT topic, kind, at, post_id, post_body, file_id, file_name,
              CASE WHEN topic LIKE 'word:%' THEN (
                SELECT lower(w) FROM regexp_split_to_table(left(text, 2000), '[^[:alnum:]]+')
                                 WITH ORDINALITY AS s(w, i)
                 WHERE w <> '' AND ARRAY(SELECT lexeme FROM unnest(to_tsvector('${WORDS_CONFIG}', w)))
                                   = ARRAY[substr(topic, 6)]
                 ORDER BY i LIMIT 1) END AS label
         FROM (
           SELECT e.topic, e.kind, e.at, p.id AS post_id, p.body AS post_body, f.id AS file_id,
                  f.name AS file_name, coalesce(p.body, f.name || ' ' || f.description) AS text,
                  row_number() OVER (PARTITION BY e.topic
                    ORDER BY CASE e.kind WHEN 'accepted' THEN 0 WHEN 'liked_reply' THEN 1
                                         WHEN 'used_file' THEN 2 ELSE 3 END, e.at DESC, e.source_id) AS n
             FROM expertise_evidence e
             LEFT JOIN replies r ON e.source_type = 'reply' AND r.id = e.source_id AND r.deleted_at IS NULL
             LEFT JOIN posts p ON p.id = r.post_id AND p.deleted_at IS NULL
             LEFT JOIN files f ON e.source_type = 'file' AND f.id = e.source_id
            WHERE e.user_id = $1 AND e.topic = ANY($3::text[]) AND e.kind <> 'declared'
              AND ${visibleScopeSql('e.scope', '$2')}
              AND ((p.id IS NOT NULL AND ${visibleRepliesSql('r', 'p', '$2')})
                OR (f.id IS NOT NULL AND ${visibleFilesSql('f', '$2')}))) x
        WHERE n <= $4
        ORDER BY topic, n`,
      [userId, viewerId, topics, perTopic],
    );
    return rows.map((r) => ({
      topic: r.topic,
      kind: r.kind,
      at: new Date(r.at),
      postId: r.post_id,
      postBody: r.post_body,
      fileId: r.file_id,
      fileName: r.file_name,
      label: r.label,
    }));
  }
}
