import { Injectable } from '@nestjs/common';
import { BadUserInputError, isUuid, Viewer } from '@outloud/server-core';
import { excerpt } from '@outloud/stream';
import { EvidenceKind, reasonText } from '../expertise-scoring';
import { ExpertReasonKind, SuggestedExpert } from '../suggested-experts.model';
import { SuggestedExpertsService } from '../suggested-experts.service';
import { rankKnownFor } from './known-for';
import { KnownForTopic } from './known-for.model';
import { KnownForRepository } from './known-for.repository';

const DEFAULT_FIRST = 5;
const MAX_FIRST = 12;
/** Topics read before ranking (by stored weight): enough for idf to reorder, still bounded. */
const CANDIDATES = 40;
const EVIDENCE_PER_TOPIC = 3;
const TOPIC_MAX_CHARS = 200;

const KIND: Record<EvidenceKind, ExpertReasonKind> = {
  accepted: ExpertReasonKind.ACCEPTED_ANSWERS,
  liked_reply: ExpertReasonKind.LIKED_REPLIES,
  reply: ExpertReasonKind.REPLIES,
  used_file: ExpertReasonKind.USED_FILES,
  declared: ExpertReasonKind.DECLARED,
};

/** "Who knows about X": people by topic, and the topics a person is known for, with evidence. */
@Injectable()
export class KnownForService {
  constructor(
    private readonly repository: KnownForRepository,
    private readonly experts: SuggestedExpertsService,
  ) {}

  /**
   * A person's topics from the expertise model, only from evidence the viewer may see, each with
   * up to three pieces of evidence the viewer may open. A topic without such a piece is left out.
   */
  async knownFor(
    viewer: Viewer,
    userId: string,
    first: number | null | undefined,
    now = new Date(),
  ): Promise<KnownForTopic[]> {
    const limit = first ?? DEFAULT_FIRST;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST)
      throw BadUserInputError.field(['first'], `"first" must be between 1 and ${MAX_FIRST}.`);
    if (!isUuid(userId)) return [];
    const topics = await this.repository.topicsOf(userId, viewer.id, CANDIDATES);
    if (!topics.length) return [];
    const evidence = await this.repository.evidenceOf(
      userId,
      viewer.id,
      topics.map((t) => t.topic),
      EVIDENCE_PER_TOPIC,
    );
    const labels = new Map<string, string>();
    const byTopic = new Map<string, typeof evidence>();
    for (const e of evidence) {
      if (e.label && !labels.has(e.topic)) labels.set(e.topic, e.label);
      byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
    }
    const openable = topics.filter((t) => byTopic.has(t.topic));
    // Relative idf: the most widely known of the person's topics sets the scale.
    const population = Math.max(...openable.map((t) => t.people), 1) + 1;
    return rankKnownFor(openable, { now, first: limit, population, labels }).map((t) => {
      const seen = new Set<string>();
      const items = (byTopic.get(t.topic) ?? []).filter((e) => {
        const key = e.postId ?? e.fileId ?? '';
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return {
        topic: t.label,
        tag: t.tag,
        because: { ...t.reason, kind: KIND[t.reason.kind] },
        reason: reasonText(t.reason),
        evidence: items.map((e) => ({
          kind: KIND[e.kind],
          at: e.at,
          postId: e.postId,
          fileId: e.fileId,
          title: e.postBody !== null ? excerpt(e.postBody, 120) : (e.fileName ?? ''),
        })),
      };
    });
  }

  /** People search by topic: the suggestions' ranking on the words of the topic. */
  async peopleWhoKnow(
    viewer: Viewer,
    topic: string,
    first: number | null | undefined,
  ): Promise<SuggestedExpert[]> {
    if (topic.length > TOPIC_MAX_CHARS)
      throw BadUserInputError.field(['topic'], `A topic is at most ${TOPIC_MAX_CHARS} characters.`);
    if (!topic.trim()) return [];
    return this.experts.suggest(viewer, { draft: topic, first: first ?? DEFAULT_FIRST });
  }
}
