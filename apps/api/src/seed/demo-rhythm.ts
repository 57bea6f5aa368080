import type { Rng } from './prng';

/**
 * When the demo organisation's people are active, so that the first start shows an adoption
 * dashboard worth reading (docs/analytics.md, "The demo organisation"): 90 days of activity,
 * working hours, a Monday peak, quiet weekends, and one department that joined only three weeks
 * ago. (The community that goes quiet is chosen in seed-communities.ts.)
 *
 * Every function draws the same number of random values whatever the date and whoever the
 * person, so the content does not depend on when the seed runs.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export const DEMO_RHYTHM = {
  /** Activity spreads over this many days before today. */
  days: 90,
  /** This department started using Outloud late ... */
  lateDepartment: 'Legal',
  /** ... this many days ago. */
  lateDays: 21,
} as const;

/** Relative weight of a UTC weekday (0 Sunday … 6 Saturday): Monday peaks, Friday eases off. */
const WEEKDAY_WEIGHTS = [0.12, 1.6, 1.1, 1, 1, 0.75, 0.12];

/** Relative weight of a UTC hour of the day: office hours in Central Europe, lunch dip. */
const HOUR_WEIGHTS = [
  0, 0, 0, 0, 0, 0.3, 1, 5, 10, 12, 11, 8, 9, 11, 10, 8, 5, 2, 1, 1, 0.5, 0.3, 0, 0,
];

export interface RhythmPerson {
  department: string;
}

function isLate(person: RhythmPerson): boolean {
  return person.department === DEMO_RHYTHM.lateDepartment;
}

/** The earliest moment `person` may have done anything. */
export function firstActiveAt(person: RhythmPerson, now: number): number {
  const days = isLate(person) ? DEMO_RHYTHM.lateDays : DEMO_RHYTHM.days;
  return Math.floor(now / DAY) * DAY - (days - 1) * DAY;
}

/** When `author` wrote a new post: a weighted day of their active period, a weighted hour. */
export function postTime(rng: Rng, now: number, author: RhythmPerson): number {
  const today = Math.floor(now / DAY) * DAY;
  const days = isLate(author) ? DEMO_RHYTHM.lateDays : DEMO_RHYTHM.days;
  const dayWeights = Array.from(
    { length: days },
    (_, ago) => WEEKDAY_WEIGHTS[new Date(today - ago * DAY).getUTCDay()],
  );
  const day = today - rng.weightedIndex(dayWeights) * DAY;
  const at = day + rng.weightedIndex(HOUR_WEIGHTS) * HOUR + rng.int(0, HOUR - 1);
  // Later today than now: the same time yesterday instead.
  return at < now - 10 * MINUTE ? at : at - DAY;
}

/**
 * When `person` reacted (a reply, a like, an acceptance) to something written at `after`:
 * minutes to a day later, never in the future. Someone who joined later than that reacts once
 * they are there, at a random moment of their active period.
 */
export function laterTime(rng: Rng, after: number, now: number, person?: RhythmPerson): number {
  const delay = rng.chance(0.7) ? rng.int(3, 180) * MINUTE : rng.int(3, 24) * HOUR;
  const jitter = rng.int(0, 59_999);
  const share = 0.3 + 0.5 * rng.next();
  const lateShare = rng.next();
  const start = person ? Math.max(after, firstActiveAt(person, now)) : after;
  if (start > after) {
    const room = Math.max(1000, now - start - HOUR);
    return start + Math.floor(room * lateShare);
  }
  const room = Math.max(1000, now - after - 1000);
  return after + Math.min(delay + jitter, Math.floor(room * share));
}
