import DataLoader from 'dataloader';
import type { Request } from 'express';

const LOADERS = Symbol('outloud.loaders');

/**
 * Per-request DataLoaders, created on first use and dropped with the request, so nested fields
 * (authors, counts, viewer state) cost one batched query per kind per request, not one per row.
 */
export function requestLoader<K, V>(
  req: Request,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  const bag = req as unknown as { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };
  bag[LOADERS] ??= new Map();
  let loader = bag[LOADERS].get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    bag[LOADERS].set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by the requested keys (DataLoader's contract). */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
  fallback: V | null = null,
): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? fallback);
}
