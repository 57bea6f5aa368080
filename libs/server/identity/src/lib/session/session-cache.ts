import { Viewer } from '@outloud/server-core';

/** How long a resolved session is trusted without asking PostgreSQL again. */
export const SESSION_CACHE_MS = 5_000;
/** Bounded memory: beyond this many live sessions the oldest entry makes room. */
const MAX_ENTRIES = 20_000;

/**
 * Sessions this process resolved in the last few seconds, by token hash: every request asked
 * PostgreSQL who its cookie belongs to, one round trip each. Ending a session forgets it here at
 * once, and on every node through the `identity.session.revoked` event (realtime broadcasts it);
 * a role change made elsewhere is seen within SESSION_CACHE_MS.
 * A read that started before a forget never stores its (possibly stale) answer.
 */
export class SessionCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs = SESSION_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(tokenHash: string): Viewer | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.viewer;
  }

  /** A token for `set`: the answer of a read begun now may be stored only if nothing was forgotten meanwhile. */
  begin(): number {
    return this.generation;
  }

  set(tokenHash: string, viewer: Viewer, begun: number): void {
    if (begun !== this.generation || this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, { viewer, until: this.now() + this.ttlMs });
  }

  forgetSessions(sessionIds: readonly string[]): void {
    const ids = new Set(sessionIds);
    this.forget((viewer) => ids.has(viewer.sessionId));
  }

  forgetUser(userId: string): void {
    this.forget((viewer) => viewer.id === userId);
  }

  private forget(matches: (viewer: Viewer) => boolean): void {
    this.generation += 1;
    for (const [hash, entry] of this.entries) if (matches(entry.viewer)) this.entries.delete(hash);
  }
}
