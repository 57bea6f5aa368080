import { DEMO_RHYTHM, firstActiveAt, laterTime, postTime } from './demo-rhythm';
import { createRng } from './prng';

const DAY = 86_400_000;
// A Wednesday afternoon, UTC.
const NOW = Date.parse('2026-12-02T15:30:00Z');
const early = { department: 'Engineering' };
const late = { department: DEMO_RHYTHM.lateDepartment };

function draws(person: { department: string }, n = 20_000): Date[] {
  const rng = createRng(7);
  return Array.from({ length: n }, () => new Date(postTime(rng, NOW, person)));
}

describe('the demo rhythm', () => {
  it('spreads posts over the last 90 days, never in the future', () => {
    const times = draws(early).map((d) => d.getTime());
    expect(Math.max(...times)).toBeLessThan(NOW);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(firstActiveAt(early, NOW));
    expect(NOW - Math.min(...times)).toBeGreaterThan(85 * DAY);
  });

  it('peaks on Mondays, eases off on Fridays and is quiet at weekends and at night', () => {
    const byWeekday = new Array<number>(7).fill(0);
    const byHour = new Array<number>(24).fill(0);
    for (const d of draws(early)) {
      byWeekday[d.getUTCDay()] += 1;
      byHour[d.getUTCHours()] += 1;
    }
    const [sunday, monday, tuesday, wednesday, thursday, friday, saturday] = byWeekday;
    for (const midweek of [tuesday, wednesday, thursday]) {
      expect(monday).toBeGreaterThan(midweek * 1.3);
      expect(friday).toBeLessThan(midweek);
    }
    expect((saturday + sunday) / 20_000).toBeLessThan(0.05);
    expect(byHour.slice(0, 5).every((n) => n === 0)).toBe(true);
    expect(byHour[9]).toBeGreaterThan(byHour[12]);
  });

  it('lets the late department post only in its last three weeks', () => {
    const times = draws(late).map((d) => d.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(firstActiveAt(late, NOW));
    expect(NOW - firstActiveAt(late, NOW)).toBeLessThanOrEqual(DEMO_RHYTHM.lateDays * DAY);
  });

  it('reacts after the post, before now, and only once the reacting person has joined', () => {
    const rng = createRng(11);
    const longAgo = NOW - 60 * DAY;
    for (let i = 0; i < 2_000; i++) {
      const byEarly = laterTime(rng, longAgo, NOW, early);
      expect(byEarly).toBeGreaterThan(longAgo);
      expect(byEarly).toBeLessThan(longAgo + 2 * DAY);
      const byLate = laterTime(rng, longAgo, NOW, late);
      expect(byLate).toBeGreaterThanOrEqual(firstActiveAt(late, NOW));
      expect(byLate).toBeLessThan(NOW);
      const recent = NOW - 2 * 3_600_000;
      expect(laterTime(rng, recent, NOW, early)).toBeLessThan(NOW);
    }
  });

  it('draws as many random numbers for every person and date, so content never depends on them', () => {
    const a = createRng(3);
    const b = createRng(3);
    postTime(a, NOW, early);
    postTime(b, NOW + 3 * DAY, late);
    laterTime(a, NOW - 50 * DAY, NOW, early);
    laterTime(b, NOW - 50 * DAY, NOW, late);
    laterTime(a, NOW - DAY, NOW);
    laterTime(b, NOW - DAY, NOW, late);
    expect(a.next()).toBe(b.next());
  });
});
