import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isHiddenSql, preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';

export interface AnswererRow {
  author_id: string;
  accepted: number;
  replies: number;
  score: number;
}

/**
 * Who answered these questions (derived data for suggested experts, like the search documents):
 * the accepted answer's author and the first `repliersPerQuestion` other repliers of each, never
 * the question's author, the viewer or replies hidden by moderation; best score first.
 */
@Injectable()
export class AnswerersSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  rank(
    questionIds: string[],
    viewerId: string,
    options: {
      weights: { acceptedAnswer: number; reply: number };
      limit: number;
      repliersPerQuestion: number;
    },
  ): Promise<AnswererRow[]> {
    // Fixed text: prepared once per connection, not parsed and planned on every keystroke.
    return preparedQuery(
      this.dataSource,
      `SELECT r.author_id,
                count(DISTINCT r.post_id) FILTER (WHERE r.accepted)::int AS accepted,
                count(DISTINCT r.post_id)::int AS replies,
                ($3::int * count(DISTINCT r.post_id) FILTER (WHERE r.accepted)
                  + $4::int * count(DISTINCT r.post_id))::int AS score
           FROM posts p
           CROSS JOIN LATERAL (
             (SELECT r.author_id, r.post_id, r.id = p.accepted_reply_id AS accepted FROM replies r
               WHERE r.post_id = p.id AND r.deleted_at IS NULL AND r.author_id <> p.author_id
                 AND NOT ${isHiddenSql('reply', 'r.id')}
               ORDER BY r.created_at, r.id LIMIT $6)
             UNION
             SELECT r.author_id, r.post_id, true FROM replies r
              WHERE r.id = p.accepted_reply_id AND r.deleted_at IS NULL AND r.author_id <> p.author_id
                AND NOT ${isHiddenSql('reply', 'r.id')}
           ) r
          WHERE p.id = ANY($1::uuid[]) AND r.author_id <> $2
          GROUP BY r.author_id
          ORDER BY score DESC, accepted DESC, r.author_id
          LIMIT $5`,
      [
        questionIds,
        viewerId,
        options.weights.acceptedAnswer,
        options.weights.reply,
        options.limit,
        options.repliersPerQuestion,
      ],
    );
  }
}
