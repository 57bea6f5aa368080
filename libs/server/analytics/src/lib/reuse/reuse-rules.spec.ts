import { ANALYTICS_METRICS } from '@outloud/contracts';
import {
  BufferedUses,
  contentGapText,
  GAP_MIN_SEARCHES,
  isReuse,
  normaliseSearchText,
  QuestionFacts,
  reuseRows,
  trend,
} from './reuse-rules';

const DAY = 86_400_000;
const asked = new Date('2026-01-01T10:00:00.000Z');
const answered: QuestionFacts = { askedAt: asked, firstReplyAt: new Date('2026-01-01T11:00:00Z') };
const after = (ms: number) => new Date(asked.getTime() + ms);

describe('isReuse', () => {
  it('counts a use only once the question is older than 30 days (30 × 24 hours)', () => {
    expect(isReuse(answered, after(30 * DAY))).toBe(false);
    expect(isReuse(answered, after(30 * DAY + 1))).toBe(true);
    expect(isReuse(answered, after(29 * DAY))).toBe(false);
  });

  it('leaves out questions nobody (but the asker) had answered at the time of the use', () => {
    expect(isReuse({ askedAt: asked, firstReplyAt: null }, after(40 * DAY))).toBe(false);
    const lateAnswer = { askedAt: asked, firstReplyAt: after(35 * DAY) };
    expect(isReuse(lateAnswer, after(34 * DAY))).toBe(false);
    expect(isReuse(lateAnswer, after(35 * DAY))).toBe(true);
  });
});

describe('reuseRows', () => {
  const use = (postId: string, atMs: number, views = 1, searchClicks = 0): BufferedUses => ({
    day: after(atMs).toISOString().slice(0, 10),
    postId,
    firstAt: after(atMs),
    views,
    searchClicks,
  });

  it('keeps uses of answered questions older than 30 days, with their counts', () => {
    const rows = reuseRows([use('old', 31 * DAY, 2, 3)], new Map([['old', answered]]));
    expect(rows).toEqual([use('old', 31 * DAY, 2, 3)]);
  });

  it('drops deleted or hidden questions, posts that are not questions and unknown ids (no question row)', () => {
    expect(reuseRows([use('gone', 31 * DAY)], new Map())).toEqual([]);
  });

  it('drops recent and unanswered questions', () => {
    const facts = new Map<string, QuestionFacts>([
      ['recent', answered],
      ['open', { askedAt: asked, firstReplyAt: null }],
    ]);
    expect(reuseRows([use('recent', 10 * DAY), use('open', 60 * DAY)], facts)).toEqual([]);
  });
});

describe('normaliseSearchText', () => {
  it('folds case and whitespace, so one gap is one row', () => {
    expect(normaliseSearchText('  VPN   Setup\tMac ')).toBe('vpn setup mac');
    expect(normaliseSearchText('Ｖｐｎ')).toBe('vpn'); // full-width letters (NFKC)
    expect(normaliseSearchText(' \n ')).toBe('');
  });

  it('keeps at most 100 characters, cut between words', () => {
    const long = `${'word '.repeat(30)}end`;
    const cut = normaliseSearchText(long);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('word')).toBe(true);
    expect(normaliseSearchText('x'.repeat(150))).toHaveLength(100);
  });
});

describe('contentGapText', () => {
  it('leaves out searches narrowed by typed filters (a handle is no content gap)', () => {
    expect(contentGapText('author:ann budget')).toBe('');
    expect(contentGapText('vpn in:it-help')).toBe('');
    expect(contentGapText('Tag:travel')).toBe('');
    expect(contentGapText('VPN  login:error')).toBe('vpn login:error');
  });
});

describe('trend', () => {
  it('is the relative change, and null without a previous period to compare with', () => {
    expect(trend(15, 10)).toBeCloseTo(0.5);
    expect(trend(5, 10)).toBeCloseTo(-0.5);
    expect(trend(5, 0)).toBeNull();
  });
});

it('the content-gap definition states the threshold the code applies', () => {
  expect(ANALYTICS_METRICS.contentGaps.text).toContain(`at least ${GAP_MIN_SEARCHES} times`);
});
