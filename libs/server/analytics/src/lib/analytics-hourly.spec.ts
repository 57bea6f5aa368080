import { heatmapCells } from './analytics-heatmap';
import { hourlyDifference, HourRow } from './analytics-hourly';

const row = (hour: string, posts: number, replies: number, likes: number): HourRow => ({
  hour: new Date(hour),
  posts,
  replies,
  likes,
});

describe('hourly totals moved by a person-day recompute', () => {
  it('is the per-hour difference of the new rows and the old, unchanged hours left out', () => {
    const before = [
      row('2026-10-25T00:00:00Z', 1, 1, 0),
      row('2026-10-25T01:00:00Z', 0, 0, 2),
      // Two communities in one hour: summed.
      row('2026-10-25T01:00:00Z', 0, 1, 0),
      row('2026-10-25T09:00:00Z', 1, 0, 0),
    ];
    const after = [
      row('2026-10-25T00:00:00Z', 1, 0, 0),
      row('2026-10-25T01:00:00Z', 0, 1, 2),
      row('2026-10-25T09:00:00Z', 1, 0, 0),
      row('2026-10-25T23:00:00Z', 0, 0, 1),
    ];
    expect(hourlyDifference(before, after)).toEqual([
      { hour: '2026-10-25T00:00:00.000Z', change: { posts: 0, replies: -1, likes: 0 } },
      { hour: '2026-10-25T23:00:00.000Z', change: { posts: 0, replies: 0, likes: 1 } },
    ]);
  });

  it('takes everything out when the day is emptied, and reads hours given as text', () => {
    expect(
      hourlyDifference([{ hour: '2026-03-29 00:00:00+00', posts: 2, replies: 0, likes: 3 }], []),
    ).toEqual([{ hour: '2026-03-29T00:00:00.000Z', change: { posts: -2, replies: 0, likes: -3 } }]);
    expect(hourlyDifference([], [])).toEqual([]);
  });

  it('applied to the totals, moves the heatmap cell in local time across the spring change', () => {
    // A like re-dated from 00:40 to 01:10 UTC on 2026-03-29: Stockholm 01:40 CET, then 03:10 CEST.
    const totals = new Map<string, number>([['2026-03-29T00:00:00.000Z', 1]]);
    for (const { hour, change } of hourlyDifference(
      [row('2026-03-29T00:00:00Z', 0, 0, 1)],
      [row('2026-03-29T01:00:00Z', 0, 0, 1)],
    ))
      totals.set(hour, (totals.get(hour) ?? 0) + change.posts + change.replies + change.likes);
    const cells = heatmapCells(
      [...totals].map(([hour, count]) => ({ hour: new Date(hour), count })),
      'Europe/Stockholm',
    );
    const sunday = (h: number) => cells.find((c) => c.weekday === 7 && c.hour === h)?.count;
    expect([sunday(1), sunday(2), sunday(3)]).toEqual([0, 0, 1]);
  });
});
