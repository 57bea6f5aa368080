import { pairedBootstrap, seededRandom } from './relevance-stats';

describe('pairedBootstrap', () => {
  it('gives an interval around a consistent gain that excludes 0', () => {
    const a = new Map(Array.from({ length: 40 }, (_, i) => [`q${i}`, 0.5 + (i % 5) * 0.01]));
    const b = new Map(Array.from({ length: 40 }, (_, i) => [`q${i}`, 0.4 + (i % 3) * 0.01]));
    const r = pairedBootstrap(a, b);
    expect(r.queries).toBe(40);
    expect(r.low).toBeGreaterThan(0);
    expect(r.low).toBeLessThanOrEqual(r.mean);
    expect(r.high).toBeGreaterThanOrEqual(r.mean);
  });

  it('includes 0 when one query carries the whole difference', () => {
    const a = new Map(Array.from({ length: 40 }, (_, i) => [`q${i}`, i === 0 ? 1 : 0.5]));
    const b = new Map(Array.from({ length: 40 }, (_, i) => [`q${i}`, 0.5]));
    const r = pairedBootstrap(a, b);
    expect(r.mean).toBeCloseTo(0.5 / 40, 6);
    expect(r.low).toBe(0);
  });

  it('pairs by query id and ignores queries only one side has', () => {
    const r = pairedBootstrap(
      new Map([
        ['a', 1],
        ['b', 1],
        ['x', 9],
      ]),
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
    );
    expect(r).toMatchObject({ mean: 1, low: 1, high: 1, queries: 2 });
  });

  it('is reproducible for a seed', () => {
    const r1 = seededRandom(7);
    const r2 = seededRandom(7);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });
});
