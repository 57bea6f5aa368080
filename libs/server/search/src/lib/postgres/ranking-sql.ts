import {
  ACCEPTED_ANSWER_BOOST,
  DEPARTMENT_BOOST,
  ENGAGEMENT_BOOST,
  FIELD_WEIGHTS,
  NETWORK_BOOST,
  OWN_COMMUNITY_BOOST,
  RECENCY_BOOST,
  RECENCY_HALF_LIFE_DAYS,
} from '../ranking';

/** The ts_rank weights array literal, {D, C, B, A}. */
export const FIELD_WEIGHTS_SQL = `'{${FIELD_WEIGHTS.D}, ${FIELD_WEIGHTS.C}, ${FIELD_WEIGHTS.B}, ${FIELD_WEIGHTS.A}}'::float4[]`;

/** A constant as a double: PostgreSQL reads `0.1` as numeric, and arithmetic with it stays numeric. */
export const float8 = (value: number): string => `${value}::float8`;

/**
 * SQL for ranking.ts's boostFactor over a search_documents alias. Viewer values come in as bound
 * parameters (`network`, `ownCommunities`, `department` are placeholders like `$3`).
 *
 * Every term is double precision: with numeric constants the recency term was numeric
 * arithmetic (`extract` returns numeric), and its `power` cost about 10 µs per candidate, 6 of a
 * common-words search's 15 ms (docs/decisions/0021-ranking-in-double-precision.md).
 */
export function boostSql(
  d: string,
  p: { network: string; ownCommunities: string; department: string },
): string {
  const ageInDays = `greatest(0, extract(epoch FROM now() - ${d}.created_at)::float8 / 86400)`;
  return `(${float8(1)}
    + CASE WHEN ${d}.has_accepted_answer THEN ${float8(ACCEPTED_ANSWER_BOOST)} ELSE 0 END
    + ${float8(ENGAGEMENT_BOOST)} * ln(1 + ${d}.reply_count + ${d}.like_count)
    + CASE WHEN ${d}.author_id = ANY(${p.network}::uuid[]) THEN ${float8(NETWORK_BOOST)} ELSE 0 END
    + CASE WHEN ${d}.community_id = ANY(${p.ownCommunities}::uuid[]) THEN ${float8(OWN_COMMUNITY_BOOST)} ELSE 0 END
    + CASE WHEN ${d}.author_department = ${p.department}::text THEN ${float8(DEPARTMENT_BOOST)} ELSE 0 END
    + ${float8(RECENCY_BOOST)} * power(${float8(0.5)}, ${ageInDays} / ${RECENCY_HALF_LIFE_DAYS}))`;
}
