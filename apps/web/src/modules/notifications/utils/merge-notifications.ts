interface Mergeable {
  id: string;
  type: string;
  postId: string | null;
}

const byIdDesc = (a: Mergeable, b: Mergeable) => {
  const x = BigInt(a.id);
  const y = BigInt(b.id);
  return x === y ? 0 : x > y ? -1 : 1;
};

/** Likes are grouped per post: the newest card stands for the group. */
const groupKey = (n: Mergeable) =>
  n.type === 'POST_LIKED' && n.postId ? `like:${n.postId}` : null;

/**
 * Adds live or caught-up notifications to a newest-first list without duplicates (by id), drops
 * cards they replace (`replacesId`, or an older card of the same like group) and keeps the list
 * newest first.
 */
export function mergeNotifications<T extends Mergeable>(
  existing: readonly T[],
  incoming: readonly T[],
  replacedIds: readonly string[] = [],
): T[] {
  const byId = new Map<string, T>();
  for (const n of [...existing, ...incoming]) byId.set(n.id, n);
  for (const id of replacedIds) byId.delete(id);
  const sorted = [...byId.values()].sort(byIdDesc);
  const seenGroups = new Set<string>();
  return sorted.filter((n) => {
    const key = groupKey(n);
    if (!key) return true;
    if (seenGroups.has(key)) return false;
    seenGroups.add(key);
    return true;
  });
}

/** The highest id, the cursor for `notificationsSince` (ids are numbers as strings). */
export function highestId(list: readonly { id: string }[], current: string | null): string | null {
  let best = current;
  for (const { id } of list) {
    if (!/^\d+$/.test(id)) continue;
    if (best === null || BigInt(id) > BigInt(best)) best = id;
  }
  return best;
}
