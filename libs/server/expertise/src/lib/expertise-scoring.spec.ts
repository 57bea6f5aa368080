import {
  EVIDENCE_WEIGHTS,
  HALF_LIFE_DAYS,
  rankExperts,
  reasonOf,
  reasonText,
  TopicEvidence,
  WEIGHT_EPOCH,
  weightAt,
} from './expertise-scoring';

const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
/** A weight as stored: `kind weight` given `daysAgo` before NOW, measured at the epoch. */
const stored = (weight: number, daysAgo: number) =>
  weight * 2 ** ((NOW.getTime() - daysAgo * DAY - WEIGHT_EPOCH) / (HALF_LIFE_DAYS * DAY));

function ev(userId: string, topic: string, over: Partial<TopicEvidence> = {}): TopicEvidence {
  return {
    userId,
    topic,
    accepted: 0,
    likedReplies: 0,
    replies: 0,
    usedFiles: 0,
    declared: 0,
    weight: stored(EVIDENCE_WEIGHTS.reply, 10),
    lastAt: new Date(NOW.getTime() - 10 * DAY),
    people: 2,
    ...over,
  };
}
const rank = (evidence: TopicEvidence[], first = 5, labels = new Map<string, string>()) =>
  rankExperts(evidence, { now: NOW, first, labels });

describe('expertise scoring', () => {
  it('measures a stored weight at any time: half per half-life', () => {
    expect(weightAt(stored(4, 0), NOW)).toBeCloseTo(4);
    expect(weightAt(stored(4, HALF_LIFE_DAYS), NOW)).toBeCloseTo(2);
  });

  it('puts accepted answers before replies on the same topic', () => {
    const ranked = rank([
      ev('replier', 'word:vpn', { replies: 3, weight: stored(3 * EVIDENCE_WEIGHTS.reply, 10) }),
      ev('answerer', 'word:vpn', { accepted: 1, weight: stored(EVIDENCE_WEIGHTS.accepted, 10) }),
    ]);
    expect(ranked.map((r) => r.userId)).toEqual(['answerer', 'replier']);
  });

  it('prefers recent evidence: the same answers two years ago weigh a quarter', () => {
    const ranked = rank([
      ev('old', 'word:vpn', { accepted: 2, weight: stored(10, 2 * HALF_LIFE_DAYS) }),
      ev('new', 'word:vpn', { accepted: 1, weight: stored(5, 30) }),
    ]);
    expect(ranked.map((r) => r.userId)).toEqual(['new', 'old']);
  });

  it('counts rare topics more than common ones, and tags more than words', () => {
    const common = rank([
      ev('a', 'word:help', { replies: 5, weight: stored(5, 10), people: 50 }),
      ev('b', 'word:plotter', { replies: 2, weight: stored(2, 10), people: 1 }),
    ]);
    expect(common[0].userId).toBe('b');
    const tagged = rank([ev('a', 'word:vpn', { replies: 1 }), ev('b', 'tag:vpn', { replies: 1 })]);
    expect(tagged[0].userId).toBe('b');
  });

  it('adds topics up, damped: breadth over the draft beats volume on one word', () => {
    const ranked = rank([
      ev('deep', 'word:vpn', { replies: 20, weight: stored(20, 10) }),
      ev('broad', 'word:vpn', { replies: 3, weight: stored(3, 10) }),
      ev('broad', 'word:certificate', { replies: 3, weight: stored(3, 10) }),
      ev('broad', 'word:renew', { replies: 3, weight: stored(3, 10) }),
    ]);
    expect(ranked.map((r) => r.userId)).toEqual(['broad', 'deep']);
  });

  it('gives the reason of the topic that weighed most, strongest kind first', () => {
    const [top] = rank(
      [
        ev('a', 'word:vpn', {
          accepted: 4,
          replies: 6,
          weight: stored(26, 60),
          lastAt: new Date('2026-03-14T10:00:00Z'),
        }),
        ev('a', 'word:laptop', { replies: 1 }),
      ],
      5,
      new Map([['word:vpn', 'VPN']]),
    );
    expect(top.reason).toEqual({
      kind: 'accepted',
      count: 4,
      topic: 'VPN',
      lastAt: new Date('2026-03-14T10:00:00Z'),
    });
    expect(reasonText(top.reason)).toBe('Answered 4 questions about VPN, last in March 2026');
    expect(top.acceptedAnswers).toBe(4);
  });

  it('phrases every kind, with the tag name when no draft word gave the topic', () => {
    const at = new Date('2025-11-02T00:00:00Z');
    const labels = new Map<string, string>();
    expect(reasonOf(ev('a', 'tag:printers', { likedReplies: 2, lastAt: at }), labels)).toEqual({
      kind: 'liked_reply',
      count: 2,
      topic: 'printers',
      lastAt: at,
    });
    expect(reasonText(reasonOf(ev('a', 'tag:k8s', { usedFiles: 1 }), labels))).toBe(
      'Shared 1 file others use about k8s',
    );
    expect(reasonText(reasonOf(ev('a', 'tag:k8s', { declared: 1 }), labels))).toBe(
      'Lists k8s as expertise',
    );
    expect(reasonText(reasonOf(ev('a', 'word:vpn', { replies: 1, lastAt: at }), labels))).toBe(
      'Replied to 1 question about vpn, last in November 2025',
    );
  });

  it('phrases months with one shared formatter, not a locale lookup per reason', () => {
    const perCall = jest.spyOn(Date.prototype, 'toLocaleString');
    try {
      const at = new Date('2024-02-29T23:59:59Z');
      expect(reasonText({ kind: 'accepted', count: 2, topic: 'vpn', lastAt: at })).toBe(
        'Answered 2 questions about vpn, last in February 2024',
      );
      expect(perCall).not.toHaveBeenCalled();
    } finally {
      perCall.mockRestore();
    }
  });

  it('returns at most `first`, ties broken by recency then id', () => {
    const same = (id: string, daysAgo: number) =>
      ev(id, 'word:vpn', { replies: 1, lastAt: new Date(NOW.getTime() - daysAgo * DAY) });
    const ranked = rank([same('c', 5), same('b', 5), same('a', 9), same('d', 1)], 3);
    expect(ranked.map((r) => r.userId)).toEqual(['d', 'b', 'c']);
    expect(rank([])).toEqual([]);
  });
});
