/**
 * A sliding-window counter: `hit()` answers whether one more event fits in the last `windowMs`.
 * One per socket, so a flood from one client never costs more than a short array.
 */
export class RateWindow {
  private readonly hits: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(): boolean {
    const t = this.now();
    while (this.hits.length && this.hits[0] <= t - this.windowMs) this.hits.shift();
    if (this.hits.length >= this.limit) return false;
    this.hits.push(t);
    return true;
  }
}
