/**
 * `rankExperts` (expertise-scoring.ts) as SQL, over a CTE `ev` of evidence rows (the columns of
 * `TopicEvidence`: user_id, topic, accepted, liked_replies, replies, used_files, declared,
 * weight, last_at_ms, people). At 1M posts a draft's evidence is thousands of rows; reading them
 * into the API to keep three people cost it more than the ranking itself (parsing rows was most
 * of its 15–20 ms a request). The JavaScript function stays the reference: a property test holds
 * the two together (expert-ranking.int-spec.ts).
 *
 * `decay` is the placeholder of `decayAt(now)`, `first` of how many people to keep. Every
 * expression is double precision (decision 0021). A person's best row (the reason) is the one
 * contributing most; the order is score, then the latest evidence, then the id.
 */
export function expertRankingSql(p: { decay: string; first: string }): string {
  return `everyone AS (SELECT greatest(count(DISTINCT user_id), 1)::float8 AS n FROM ev),
       scored AS (
         SELECT e.*, ln(1 + e.weight * ${p.decay}::float8) * ln(1 + everyone.n / e.people)
                     * CASE WHEN e.topic LIKE 'tag:%' THEN 1.5::float8 ELSE 1::float8 END AS part
           FROM ev e, everyone),
       person AS (
         SELECT user_id, sum(part) AS score, max(accepted) AS most_accepted,
                max(replies) AS most_replies, max(last_at_ms) AS latest_ms
           FROM scored GROUP BY user_id
          ORDER BY score DESC, latest_ms DESC, user_id LIMIT ${p.first}::int),
       best AS (
         SELECT DISTINCT ON (s.user_id) s.user_id, s.topic, s.accepted, s.liked_replies, s.replies,
                s.used_files, s.declared, s.last_at_ms
           FROM scored s WHERE s.user_id IN (SELECT user_id FROM person)
          ORDER BY s.user_id, s.part DESC)
       SELECT p.user_id, p.score, p.most_accepted, p.most_replies, b.topic, b.accepted,
              b.liked_replies, b.replies, b.used_files, b.declared, b.last_at_ms
         FROM person p JOIN best b ON b.user_id = p.user_id
        ORDER BY p.score DESC, p.latest_ms DESC, p.user_id`;
}

/** One ranked person as the statement returns them: their sums and their best row. */
export interface RankedExpertRow {
  user_id: string;
  score: number;
  most_accepted: number;
  most_replies: number;
  topic: string;
  accepted: number;
  liked_replies: number;
  replies: number;
  used_files: number;
  declared: number;
  last_at_ms: number;
}
