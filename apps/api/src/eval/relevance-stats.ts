/** Per-query scores of one system on one query set (query id -> metric value). */
export type PerQuery = Map<string, number>;

/**
 * A seeded pseudo-random generator (mulberry32), so a bootstrap interval is reproducible run to
 * run and only moves when the scores move.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PairedInterval {
  /** Mean of a − b over the queries both systems were scored on. */
  mean: number;
  low: number;
  high: number;
  queries: number;
}

/**
 * Paired bootstrap of the difference of two systems' mean scores: resample the queries with
 * replacement, take the mean per-query difference each time, and report the central
 * `confidence` interval (percentile method). An interval that excludes 0 is a difference
 * beyond the noise of which queries happened to be in the set.
 */
export function pairedBootstrap(
  a: PerQuery,
  b: PerQuery,
  options: { samples?: number; confidence?: number; seed?: number } = {},
): PairedInterval {
  const { samples = 10_000, confidence = 0.95, seed = 20261125 } = options;
  const diffs = [...a.keys()].filter((q) => b.has(q)).map((q) => a.get(q)! - b.get(q)!);
  if (!diffs.length) return { mean: 0, low: 0, high: 0, queries: 0 };
  const random = seededRandom(seed);
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(random() * diffs.length)];
    means[s] = sum / diffs.length;
  }
  means.sort();
  const tail = (1 - confidence) / 2;
  const at = (p: number) => means[Math.min(samples - 1, Math.max(0, Math.floor(p * samples)))];
  return {
    mean: diffs.reduce((x, y) => x + y, 0) / diffs.length,
    low: at(tail),
    high: at(1 - tail),
    queries: diffs.length,
  };
}
