/**
 * Working-hours arithmetic in the organisation's time zone: when is "4 working hours after this
 * question" on a Friday afternoon in Stockholm? Pure functions (Intl only), unit-tested.
 */

export interface WorkingSchedule {
  /** IANA time zone name ("Europe/Stockholm"). */
  timeZone: string;
  /** Local hour the working day starts (0–23). */
  startHour: number;
  /** Local hour it ends (1–24), after `startHour`. */
  endHour: number;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** More days than any delay spans; ends the loop for a schedule with no working time at all. */
const MAX_DAYS = 3 * 366;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(at: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'] % 24,
    minute: parts['minute'],
    second: parts['second'],
  };
}

/** The organisation's local date of an instant, `YYYY-MM-DD` (the day a daily cap counts in). */
export function localDay(at: Date, timeZone: string): string {
  const { year, month, day } = localParts(at, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(new Date(at), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a local wall time happens (a time skipped by a daylight-saving change lands next
 * to the change; a repeated one takes its first occurrence).
 */
export function zonedInstant(date: LocalDate, hour: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour);
  const guess = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(guess, timeZone);
  return wall - offset === guess ? guess : Math.min(guess, wall - offset);
}

/** ISO weekday (1 = Monday) of a calendar date. */
function isoWeekday(date: LocalDate): number {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

function nextDate(date: LocalDate): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Walks the working windows from `start` day by day: `visit(from, to)` gets each stretch of
 * working time (ms) and returns true to stop.
 */
function walkWindows(
  start: Date,
  schedule: WorkingSchedule,
  visit: (from: number, to: number) => boolean,
): boolean {
  const p = localParts(start, schedule.timeZone);
  let date: LocalDate = { year: p.year, month: p.month, day: p.day };
  let cursor = start.getTime();
  for (let i = 0; i < MAX_DAYS; i++) {
    if (schedule.days.includes(isoWeekday(date))) {
      const open = zonedInstant(date, schedule.startHour, schedule.timeZone);
      const close = zonedInstant(date, schedule.endHour, schedule.timeZone);
      const from = Math.max(cursor, open);
      if (from < close && visit(from, close)) return true;
    }
    date = nextDate(date);
    cursor = zonedInstant(date, 0, schedule.timeZone);
  }
  return false;
}

/**
 * The instant `hours` working hours after `start`: time outside the working days and hours
 * does not count. Zero hours: `start` itself.
 */
export function addWorkingHours(start: Date, hours: number, schedule: WorkingSchedule): Date {
  let remaining = hours * HOUR;
  if (remaining <= 0) return start;
  let due = 0;
  const found = walkWindows(start, schedule, (from, to) => {
    if (remaining <= to - from) {
      due = from + remaining;
      return true;
    }
    remaining -= to - from;
    return false;
  });
  if (!found) throw new Error('The working schedule has no working time');
  return new Date(due);
}

/** Working hours between two instants (0 when `end` is not after `start`). */
export function workingHoursBetween(start: Date, end: Date, schedule: WorkingSchedule): number {
  if (end <= start) return 0;
  let total = 0;
  walkWindows(start, schedule, (from, to) => {
    if (from >= end.getTime()) return true;
    total += Math.min(to, end.getTime()) - from;
    return false;
  });
  return total / HOUR;
}
