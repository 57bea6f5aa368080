/**
 * A tiny seeded PRNG (mulberry32) so seed data is identical on every run and machine.
 * Not for anything security related.
 */
export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Up to `n` distinct items (by position), in random order. */
  pickMany<T>(items: readonly T[], n: number): T[];
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** Index in [0, n) where low indexes are more likely: weight of index k is 1 / (k + 1)^s. */
  zipfIndex(n: number, s?: number): number;
  /** Index chosen in proportion to the (non-negative) weights. */
  weightedIndex(weights: readonly number[]): number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(0, items.length - 1)];
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };

  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) throw new RangeError('weightedIndex() needs a positive total weight');
    let r = next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1; // floating-point rounding at the very end
  };

  // Zipf weights depend only on (n, s); cache them because callers ask in a loop.
  const zipfWeights = new Map<string, number[]>();
  const zipfIndex = (n: number, s = 1): number => {
    const key = `${n}:${s}`;
    let weights = zipfWeights.get(key);
    if (!weights) {
      weights = Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, s));
      zipfWeights.set(key, weights);
    }
    return weightedIndex(weights);
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    pickMany: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
    shuffle,
    zipfIndex,
    weightedIndex,
  };
}
