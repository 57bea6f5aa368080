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

/**
 * SQL for ranking.ts's boostFactor over a search_documents alias. Viewer values come in as bound
 * parameters (`network`, `ownCommunities`, `department` are placeholders like `$3`).
 */
export function boostSql(
  d: string,
  p: { network: string; ownCommunities: string; department: string },
): string {
  return `(1
    + CASE WHEN ${d}.has_accepted_answer THEN ${ACCEPTED_ANSWER_BOOST} ELSE 0 END
    + ${ENGAGEMENT_BOOST} * ln(1 + ${d}.reply_count + ${d}.like_count)
    + CASE WHEN ${d}.author_id = ANY(${p.network}::uuid[]) THEN ${NETWORK_BOOST} ELSE 0 END
    + CASE WHEN ${d}.community_id = ANY(${p.ownCommunities}::uuid[]) THEN ${OWN_COMMUNITY_BOOST} ELSE 0 END
    + CASE WHEN ${d}.author_department = ${p.department}::text THEN ${DEPARTMENT_BOOST} ELSE 0 END
    + ${RECENCY_BOOST} * power(0.5, greatest(0, extract(epoch FROM now() - ${d}.created_at) / 86400) / ${RECENCY_HALF_LIFE_DAYS}))`;
}
