/** How long this process trusts its reading of the current policy version. */
export const CURRENT_POLICY_CACHE_MS = 5_000;
/** Bounded memory: beyond this many people the oldest acknowledgement read makes room. */
const MAX_PEOPLE = 20_000;

/**
 * What the gate before every post and reply learned, so that a person who has acknowledged the
 * current version passes without a round trip:
 * - the current version, for CURRENT_POLICY_CACHE_MS (a publish on this process forgets it at
 *   once; one on another process is seen within that time, as a role change is);
 * - per person, the version they acknowledged. An acknowledgement is never withdrawn, so it holds
 *   until the current version moves past it. A refusal is never stored: it is asked again.
 * A read that began before a forget never stores its (possibly older) answer.
 */
export class PolicyGateCache {
  private current: { version: number | null; until: number } | null = null;
  private readonly acknowledged = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly ttlMs = CURRENT_POLICY_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the person may write without asking PostgreSQL; false means "ask". */
  passes(userId: string): boolean {
    if (!this.current || this.current.until <= this.now()) return false;
    const { version } = this.current;
    return version === null || this.acknowledged.get(userId) === version;
  }

  /** A token for `remember`: taken before the read whose answer it stores. */
  begin(): number {
    return this.generation;
  }

  /** The gate's answer for a person: the current version and whether they acknowledged it. */
  remember(begun: number, current: number | null, userId: string, acknowledged: boolean): void {
    if (begun !== this.generation || this.ttlMs <= 0) return;
    this.current = { version: current, until: this.now() + this.ttlMs };
    if (current !== null && acknowledged) this.rememberAcknowledged(userId, current);
  }

  /** The person acknowledged `version` on this process. */
  rememberAcknowledged(userId: string, version: number): void {
    if (this.acknowledged.size >= MAX_PEOPLE && !this.acknowledged.has(userId)) {
      const oldest = this.acknowledged.keys().next().value;
      if (oldest !== undefined) this.acknowledged.delete(oldest);
    }
    this.acknowledged.set(userId, version);
  }

  /** A new version was published here: everyone is asked again. */
  forgetCurrent(): void {
    this.generation += 1;
    this.current = null;
  }
}
