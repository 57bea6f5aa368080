import { ExpertReason, reasonOf, TopicEvidence, weightAt } from '../expertise-scoring';

/** One topic a person has evidence on, in the scopes the viewer may see. */
export type PersonTopic = Omit<TopicEvidence, 'userId'>;

export interface KnownTopic {
  /** `tag:<tag>` or `word:<lexeme>`. */
  topic: string;
  /** What to show: the tag, or a word of the evidence that gave the stem. */
  label: string;
  /** Set when the topic is a tag (the tag page lists its posts). */
  tag: string | null;
  reason: ExpertReason;
  score: number;
}

/**
 * "Known for": a person's topics, strongest first, from what others could check — accepted
 * answers, liked replies, replies, files others used. Self-declared expertise is shown beside
 * it, not in it. A topic many people have evidence on says less (idf over people, as in
 * suggestions); tags are chosen on purpose and count more than words. Topics that come out with
 * the same label (the tag "vpn" and the word "vpn") show once, the stronger one.
 */
export function rankKnownFor(
  topics: PersonTopic[],
  options: { now: Date; first: number; population: number; labels: ReadonlyMap<string, string> },
): KnownTopic[] {
  const population = Math.max(1, options.population);
  const ranked = topics
    .filter((t) => t.accepted + t.likedReplies + t.replies + t.usedFiles > 0)
    .flatMap((t) => {
      const isTag = t.topic.startsWith('tag:');
      const label = isTag ? t.topic.slice(4) : options.labels.get(t.topic);
      if (!label) return [];
      const idf = Math.log(1 + population / Math.max(1, t.people));
      const score = Math.log1p(weightAt(t.weight, options.now)) * (isTag ? 1.5 : 1) * idf;
      // Declared expertise never becomes the reason here: only checked evidence.
      const reason = reasonOf({ ...t, declared: 0 }, new Map([[t.topic, label]]));
      return [{ topic: t.topic, label, tag: isTag ? label : null, reason, score }];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.reason.lastAt.getTime() - a.reason.lastAt.getTime() ||
        (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0),
    );
  const seen = new Set<string>();
  const out: KnownTopic[] = [];
  for (const t of ranked) {
    const key = t.label.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length === options.first) break;
  }
  return out;
}
