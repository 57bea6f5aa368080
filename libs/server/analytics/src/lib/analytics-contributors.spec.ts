import { contributionOf, splitIntoWeeks, weekOf } from './analytics-contributors';
import { NO_COMMUNITY } from './analytics-sql';

const row = (replies: number, accepted: number, posts: number) => ({
  community_id: NO_COMMUNITY,
  questions: 0,
  likes: 3,
  replies,
  accepted_answers: accepted,
  posts,
});

describe('top contributors by weeks and edge days', () => {
  it('starts weeks on Monday (UTC), across a month and a year end', () => {
    expect(weekOf('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(weekOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekOf('2027-01-01')).toBe('2026-12-28');
    // The day Europe returned to winter time changes nothing: weeks are UTC days.
    expect(weekOf('2026-10-25')).toBe('2026-10-19');
  });

  it('reads the whole weeks inside a period and leaves the edge days to the person-days', () => {
    // Wed 2026-11-04 .. Sat 2026-12-05: whole weeks Nov 9 .. Nov 29, days Nov 4-8 and Nov 30-Dec 5.
    expect(splitIntoWeeks('2026-11-04', '2026-12-05')).toEqual({
      weeksFrom: '2026-11-09',
      weeksTo: '2026-11-30',
    });
    // Monday to Sunday: all weeks, no edge days.
    expect(splitIntoWeeks('2026-11-02', '2026-11-29')).toEqual({
      weeksFrom: '2026-11-02',
      weeksTo: '2026-11-30',
    });
  });

  it('reads no week when the period holds no whole one', () => {
    // Tuesday to the next Monday: seven days, but no Monday-to-Sunday inside.
    expect(splitIntoWeeks('2026-11-03', '2026-11-09')).toEqual({
      weeksFrom: '2026-11-10',
      weeksTo: '2026-11-10',
    });
    expect(splitIntoWeeks('2026-11-05', '2026-11-05')).toEqual({
      weeksFrom: '2026-11-06',
      weeksTo: '2026-11-06',
    });
  });

  it('counts only rows with a reply or an accepted answer, with their posts', () => {
    // A day of posts and likes alone adds nothing; a community row with a reply brings its post.
    expect(contributionOf([row(0, 0, 4), row(2, 0, 1), row(0, 1, 0)])).toEqual({
      replies: 2,
      acceptedAnswers: 1,
      posts: 1,
    });
    expect(contributionOf([])).toEqual({ replies: 0, acceptedAnswers: 0, posts: 0 });
  });
});
