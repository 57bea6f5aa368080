/**
 * Engagement by hour of day × day of week in the organisation's time zone. The database counts
 * per UTC hour (at most 24 rows a day); this turns each UTC hour into the local weekday and hour
 * with `Intl`, which knows every zone's offsets and daylight-saving changes. Zones whose offset
 * is not whole hours (Asia/Kolkata) count each UTC hour in the local hour it starts in.
 */

export interface UtcHourCount {
  /** The start of a UTC hour. */
  hour: Date;
  count: number;
}

export interface HeatmapCell {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** 0-23, local. */
  hour: number;
  count: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The local weekday (1-7) and hour (0-23) of an instant in a time zone. */
export function localWeekHour(at: Date, timeZone: string): { weekday: number; hour: number } {
  const parts = formatFor(timeZone).formatToParts(at);
  const weekday = WEEKDAYS[parts.find((p) => p.type === 'weekday')?.value ?? ''] ?? 1;
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  return { weekday, hour };
}

/** All 168 cells, Monday 00 first, with the UTC hours' counts added into their local cell. */
export function heatmapCells(hours: readonly UtcHourCount[], timeZone: string): HeatmapCell[] {
  const counts = new Array<number>(7 * 24).fill(0);
  for (const { hour, count } of hours) {
    const local = localWeekHour(hour, timeZone);
    counts[(local.weekday - 1) * 24 + local.hour] += count;
  }
  return counts.map((count, i) => ({ weekday: Math.floor(i / 24) + 1, hour: i % 24, count }));
}
