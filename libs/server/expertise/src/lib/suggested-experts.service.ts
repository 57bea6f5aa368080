import { Injectable } from '@nestjs/common';
import { UserStatus } from '@outloud/contracts';
import { toUserModel, UserRepository } from '@outloud/identity';
import { BadUserInputError, isUuid, Viewer } from '@outloud/server-core';
import { EvidenceKind, RankedExpert, reasonOf, reasonText } from './expertise-scoring';
import { ExpertiseRepository } from './expertise.repository';
import { ExpertReasonKind, SuggestedExpert, SuggestedExpertsArgs } from './suggested-experts.model';

const DEFAULT_FIRST = 5;
const MAX_FIRST = 10;
/** A draft is read up to here: a pasted 10 KB log costs no more than its start. */
export const DRAFT_CHARS = 10_000;
/** Words looked up per draft (its first distinct stems), and tags. */
const MAX_WORDS = 40;
const MAX_TAGS = 20;

const KIND: Record<EvidenceKind, ExpertReasonKind> = {
  accepted: ExpertReasonKind.ACCEPTED_ANSWERS,
  liked_reply: ExpertReasonKind.LIKED_REPLIES,
  reply: ExpertReasonKind.REPLIES,
  used_file: ExpertReasonKind.USED_FILES,
  declared: ExpertReasonKind.DECLARED,
};

/** The draft's hashtags, and its words that could be tags (people often leave out the #). */
export function draftTerms(draft: string): { words: string[]; tags: string[] } {
  const text = draft.slice(0, DRAFT_CHARS);
  const words = [...new Set(text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [])].slice(0, 400);
  const hashtags = [...text.matchAll(/#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)].map((m) => m[1]);
  const tags = [...new Set([...hashtags, ...words].map((t) => t.toLowerCase()))];
  return { words, tags: tags.slice(0, MAX_TAGS + hashtags.length) };
}

/**
 * People ranked by their evidence on a draft's topics, as of `now` (no status check: see
 * `suggest`). Also what the offline evaluation asks (npm run eval:experts).
 */
export async function rankForDraft(
  expertise: ExpertiseRepository,
  viewerId: string,
  draft: string,
  communityId: string | null,
  first: number,
  now: Date,
): Promise<RankedExpert[]> {
  const { words, tags } = draftTerms(draft);
  const wordTopics = (await expertise.wordTopics(words)).slice(0, MAX_WORDS);
  const topics = [...tags.map((t) => `tag:${t}`), ...wordTopics.map((w) => w.topic)];
  if (!topics.length) return [];
  const labels = new Map(wordTopics.map((w) => [w.topic, w.label.toLowerCase()]));
  // Ranked in PostgreSQL by the rules of rankExperts (expert-ranking-sql.ts).
  const rows = await expertise.topExperts(topics, viewerId, communityId, first, now);
  return rows.map((r) => ({
    userId: r.user_id,
    score: r.score,
    reason: reasonOf(
      {
        topic: r.topic,
        accepted: r.accepted,
        likedReplies: r.liked_replies,
        replies: r.replies,
        usedFiles: r.used_files,
        declared: r.declared,
        lastAt: new Date(r.last_at_ms),
      },
      labels,
    ),
    acceptedAnswers: r.most_accepted,
    replies: r.most_replies,
  }));
}

/**
 * "Who could answer this?" from the expertise model: people ranked by their recency-weighted
 * evidence on the draft's tags and words, counted only in scopes the viewer may see, among
 * people who may read the target community; never the viewer or a deactivated person.
 */
@Injectable()
export class SuggestedExpertsService {
  constructor(
    private readonly expertise: ExpertiseRepository,
    private readonly users: UserRepository,
  ) {}

  async suggest(
    viewer: Viewer,
    args: SuggestedExpertsArgs,
    now = new Date(),
  ): Promise<SuggestedExpert[]> {
    const first = args.first ?? DEFAULT_FIRST;
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw BadUserInputError.field(['first'], `"first" must be between 1 and ${MAX_FIRST}.`);
    }
    const communityId = args.communityId ?? null;
    // A community that does not exist or that the viewer may not see: no suggestions, the same
    // answer either way, so nothing is learnt about it.
    if (
      communityId !== null &&
      (!isUuid(communityId) || !(await this.expertise.communityVisible(communityId, viewer.id)))
    )
      return [];
    // A few extra, for people deactivated since their evidence was recorded.
    const ranked = await rankForDraft(
      this.expertise,
      viewer.id,
      args.draft,
      communityId,
      first * 3,
      now,
    );
    const active = new Map(
      (await this.users.findByIds(ranked.map((r) => r.userId)))
        .filter((u) => u.status === UserStatus.ACTIVE)
        .map((u) => [u.id, u]),
    );
    return ranked
      .filter((r) => active.has(r.userId))
      .slice(0, first)
      .map((r) => ({
        user: toUserModel(active.get(r.userId)!),
        acceptedAnswers: r.acceptedAnswers,
        replies: r.replies,
        because: { ...r.reason, kind: KIND[r.reason.kind] },
        reason: reasonText(r.reason),
      }));
  }
}
