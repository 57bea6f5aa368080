import { WEIGHT_EPOCH } from '../expertise-scoring';
import { PersonTopic, rankKnownFor } from './known-for';

const now = new Date('2026-12-01T00:00:00Z');
const at = (iso: string) => new Date(iso);
/** A stored weight as of WEIGHT_EPOCH for `w` as of `now` (half-life one year). */
const stored = (w: number) => w * 2 ** ((now.getTime() - WEIGHT_EPOCH) / (365 * 86_400_000));

function topic(t: Partial<PersonTopic> & { topic: string }): PersonTopic {
  return {
    accepted: 0,
    likedReplies: 0,
    replies: 0,
    usedFiles: 0,
    declared: 0,
    weight: stored(1),
    lastAt: at('2026-03-10T00:00:00Z'),
    people: 1,
    ...t,
  };
}

const rank = (topics: PersonTopic[], labels: Record<string, string> = {}, first = 5) =>
  rankKnownFor(topics, { now, first, population: 50, labels: new Map(Object.entries(labels)) });

describe('Known for', () => {
  it('gives the strongest checked evidence as the reason: accepted answers before replies', () => {
    const [vpn] = rank([topic({ topic: 'tag:vpn', accepted: 4, replies: 6, weight: stored(26) })]);
    expect(vpn).toMatchObject({
      label: 'vpn',
      tag: 'vpn',
      reason: { kind: 'accepted', count: 4, topic: 'vpn' },
    });
    const [printer] = rank([topic({ topic: 'tag:printer', likedReplies: 2, replies: 3 })]);
    expect(printer.reason).toMatchObject({ kind: 'liked_reply', count: 2 });
    const [slides] = rank([topic({ topic: 'tag:slides', usedFiles: 1 })]);
    expect(slides.reason).toMatchObject({ kind: 'used_file', count: 1 });
  });

  it('never makes self-declared expertise a reason, nor a topic on its own', () => {
    expect(rank([topic({ topic: 'tag:kubernetes', declared: 1 })])).toEqual([]);
    const [k8s] = rank([topic({ topic: 'tag:kubernetes', declared: 1, replies: 1 })]);
    expect(k8s.reason).toMatchObject({ kind: 'reply', count: 1 });
  });

  it('shows words as the evidence wrote them, and leaves out a word with no label', () => {
    const ranked = rank(
      [topic({ topic: 'word:certif', accepted: 1 }), topic({ topic: 'word:renew', accepted: 1 })],
      { 'word:certif': 'certificate' },
    );
    expect(ranked.map((t) => t.label)).toEqual(['certificate']);
    expect(ranked[0].tag).toBeNull();
  });

  it('prefers a topic few people share, and a tag over the same word', () => {
    const ranked = rank(
      [
        topic({ topic: 'word:help', replies: 5, weight: stored(5), people: 50 }),
        topic({ topic: 'word:plotter', replies: 5, weight: stored(5), people: 1 }),
        topic({ topic: 'word:vpn', accepted: 1, weight: stored(5), people: 5 }),
        topic({ topic: 'tag:vpn', accepted: 1, weight: stored(5), people: 5 }),
      ],
      { 'word:help': 'help', 'word:plotter': 'plotter', 'word:vpn': 'vpn' },
    );
    expect(ranked.map((t) => [t.label, t.tag])).toEqual([
      ['plotter', null],
      ['vpn', 'vpn'],
      ['help', null],
    ]);
  });

  it('counts recent evidence more than old evidence of the same kind', () => {
    const ranked = rank([
      topic({ topic: 'tag:old', accepted: 3, weight: stored(15) / 8, lastAt: at('2023-12-01') }),
      topic({ topic: 'tag:new', accepted: 3, weight: stored(15), lastAt: at('2026-11-01') }),
    ]);
    expect(ranked.map((t) => t.label)).toEqual(['new', 'old']);
  });

  it('stops at the page size, ties broken by recency then topic', () => {
    const ranked = rank(
      [
        topic({ topic: 'tag:b', replies: 1 }),
        topic({ topic: 'tag:a', replies: 1 }),
        topic({ topic: 'tag:c', replies: 1, lastAt: at('2026-11-30') }),
      ],
      {},
      2,
    );
    expect(ranked.map((t) => t.label)).toEqual(['c', 'a']);
  });
});
