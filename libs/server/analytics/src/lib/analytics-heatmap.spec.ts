import { heatmapCells, localWeekHour } from './analytics-heatmap';

const at = (iso: string) => new Date(iso);
const cell = (cells: ReturnType<typeof heatmapCells>, weekday: number, hour: number) =>
  cells.find((c) => c.weekday === weekday && c.hour === hour)?.count;

describe('engagement heatmap', () => {
  it('has 168 cells, Monday 00 first, and UTC is the identity', () => {
    // 2026-11-02 is a Monday.
    const cells = heatmapCells([{ hour: at('2026-11-02T09:00:00Z'), count: 3 }], 'UTC');
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual({ weekday: 1, hour: 0, count: 0 });
    expect(cell(cells, 1, 9)).toBe(3);
  });

  it('moves activity across midnight into the next local weekday', () => {
    // Sunday 23:00 UTC is Monday 00:00 in Stockholm in winter (UTC+1) …
    expect(localWeekHour(at('2026-11-08T23:00:00Z'), 'Europe/Stockholm')).toEqual({
      weekday: 1,
      hour: 0,
    });
    // … and Saturday 19:00 in New York (UTC-5), the previous day's evening.
    expect(localWeekHour(at('2026-11-08T00:30:00Z'), 'America/New_York')).toEqual({
      weekday: 6,
      hour: 19,
    });
  });

  it('follows daylight saving: the same UTC hour is a different local hour either side of the change', () => {
    // Europe switched to summer time on Sunday 2026-03-29 at 01:00 UTC.
    expect(localWeekHour(at('2026-03-29T00:00:00Z'), 'Europe/Stockholm').hour).toBe(1);
    expect(localWeekHour(at('2026-03-29T01:00:00Z'), 'Europe/Stockholm').hour).toBe(3);
    // Back on Sunday 2026-10-25 at 01:00 UTC: 02:00 local happens twice and both count there.
    const cells = heatmapCells(
      [
        { hour: at('2026-10-25T00:00:00Z'), count: 1 },
        { hour: at('2026-10-25T01:00:00Z'), count: 2 },
      ],
      'Europe/Stockholm',
    );
    expect(cell(cells, 7, 2)).toBe(3);
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(3);
  });

  it('puts a half-hour zone’s UTC hour in the local hour it starts in', () => {
    // 09:00 UTC is 14:30 in Kolkata.
    expect(localWeekHour(at('2026-11-02T09:00:00Z'), 'Asia/Kolkata')).toEqual({
      weekday: 1,
      hour: 14,
    });
  });
});
