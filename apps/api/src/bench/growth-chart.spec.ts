import { latestRuns, renderGrowthSvg } from './growth-chart';

const run = (profile: string, date: string, p50: number, p99: number) =>
  JSON.stringify({
    profile,
    date,
    commit: 'abc1234',
    results: [
      { scenario: 'feed', concurrency: 1, p50: 1, p99: 2, throughput: 1 },
      { scenario: 'feed', concurrency: 8, p50, p99, throughput: 100 },
    ],
  });

describe('growth chart', () => {
  it('keeps the newest run per profile and ignores concurrency-1 rows', () => {
    const runs = latestRuns([
      { name: 'a', text: run('intranet-1m', '2026-11-20T00:00:00Z', 5, 777) },
      { name: 'b', text: run('intranet-1m', '2026-11-23T00:00:00Z', 7, 31) },
      { name: 'c', text: run('intranet-100k', '2026-11-23T00:00:00Z', 6, 12) },
    ]);
    expect(runs.map((r) => [r.profile, r.date.slice(0, 10)])).toEqual([
      ['intranet-100k', '2026-11-23'],
      ['intranet-1m', '2026-11-23'],
    ]);
    const svg = renderGrowthSvg(runs);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>31<');
    expect(svg).toContain('>12<');
    expect(svg).not.toContain('>777<');
  });
});
