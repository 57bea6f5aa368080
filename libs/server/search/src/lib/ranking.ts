import { SearchDocument, SearchViewer } from './search.types';

/**
 * Ranking = text relevance × (1 + boosts). Every boost is a named, documented weight; the
 * PostgreSQL engine builds its SQL from these constants (postgres/ranking-sql.ts) and the
 * Meilisearch engine applies them to its candidate page, so both rank alike.
 */

/**
 * An accepted answer means the question is settled: prefer it over an open thread that matches
 * as well. A tie-breaker, not a multiplier of relevance: at 0.3 it buried the better-matching
 * open question (qa-dev pooled nDCG@10 0.506 → 0.551 at 0.05; docs/benchmarks.md).
 */
export const ACCEPTED_ANSWER_BOOST = 0.05;
/**
 * Engagement: replies and likes, on a log scale so a viral post cannot drown relevance; a
 * tie-breaker too (0.05 → 0.02: 0.551 → 0.570 on qa-dev, every site up).
 */
export const ENGAGEMENT_BOOST = 0.02;
/** Written by someone the viewer follows: "your colleagues are your filter". */
export const NETWORK_BOOST = 0.3;
/** Posted in a community the viewer belongs to. */
export const OWN_COMMUNITY_BOOST = 0.1;
/** Written by someone in the viewer's department. */
export const DEPARTMENT_BOOST = 0.05;
/** Mild recency: up to this much for brand-new content, halving every RECENCY_HALF_LIFE_DAYS. */
export const RECENCY_BOOST = 0.1;
export const RECENCY_HALF_LIFE_DAYS = 365;
/** Text relevance multiplier when every query term matches (AND beats OR). */
export const ALL_TERMS_BOOST = 0.5;

/**
 * ts_rank normalisation: none. Dividing by the log of the document length (1) punished questions
 * with long threads, which are the ones with the answer; each term's rank already saturates.
 */
export const TS_RANK_NORMALIZATION = 0;

/** ts_rank weights for D, C, B, A (other replies and tags, accepted answer, body, title). */
export const FIELD_WEIGHTS = { D: 0.1, C: 0.2, B: 0.4, A: 1.0 } as const;

type RankedFacts = Pick<
  SearchDocument,
  | 'hasAcceptedAnswer'
  | 'replyCount'
  | 'likeCount'
  | 'authorId'
  | 'communityId'
  | 'authorDepartment'
  | 'createdAt'
>;

/** The boost factor (≥ 1) for one document and viewer; mirrors postgres/ranking-sql.ts. */
export function boostFactor(doc: RankedFacts, viewer: SearchViewer, now: Date): number {
  let boost = 1;
  if (doc.hasAcceptedAnswer) boost += ACCEPTED_ANSWER_BOOST;
  boost += ENGAGEMENT_BOOST * Math.log(1 + doc.replyCount + doc.likeCount);
  if (doc.authorId && viewer.networkUserIds.includes(doc.authorId)) boost += NETWORK_BOOST;
  if (doc.communityId && viewer.ownCommunityIds.includes(doc.communityId))
    boost += OWN_COMMUNITY_BOOST;
  if (viewer.department && doc.authorDepartment === viewer.department) boost += DEPARTMENT_BOOST;
  const ageDays = Math.max(0, (now.getTime() - doc.createdAt.getTime()) / 86_400_000);
  boost += RECENCY_BOOST * Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  return boost;
}
