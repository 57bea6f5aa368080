import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock, Scheduler } from '@outloud/server-core';
import { toUtcDay } from '../analytics-sql';
import { BufferedUses, QuestionUseKind, reuseRows } from './reuse-rules';
import { ReuseRepository } from './reuse.repository';

/** How often each node writes what it counted (one statement per table). */
export const REUSE_FLUSH_MS = 15_000;
/** Distinct questions or search texts held between flushes; beyond it a flush starts early. */
export const BUFFER_MAX = 20_000;
/** Person-day keys remembered to count each person once a day; cleared when full. */
const SEEN_MAX = 200_000;

/**
 * Views, search clicks and searches that found nothing, counted in memory and written in batches:
 * the request that reports a use touches no database. Each node flushes every 15 seconds (a
 * per-node scheduler task) and on shutdown, after the server stopped taking requests.
 *
 * A person counts once per question (or search text) and kind per UTC day on this node: the
 * person's id is used only in memory to tell a repeat (a reload, a second tab) from a new use, and
 * is never written. Whether a use is reuse (an answered question older than 30 days) is judged at
 * flush time against the moment of the first use, so it costs the request nothing either.
 */
@Injectable()
export class ReuseCounter implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReuseCounter');
  private uses = new Map<string, BufferedUses>();
  private gaps = new Map<string, { day: string; text: string; searches: number }>();
  private seen = new Set<string>();
  private seenDay = '';
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: ReuseRepository,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.scheduler.everyOnEachNode('analytics.reuseFlush', REUSE_FLUSH_MS, () => this.flush());
  }

  /** Writes what is buffered before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** A question was opened (`VIEW`) or chosen from search results (`SEARCH_CLICK`). */
  recordQuestionUse(viewerId: string, postId: string, kind: QuestionUseKind): void {
    const now = this.clock.now();
    const day = toUtcDay(now);
    if (!this.firstToday(day, `${kind}:${viewerId}:${postId}`)) return;
    const key = `${day}:${postId}`;
    let entry = this.uses.get(key);
    if (!entry) {
      if (!this.room(this.uses.size)) return;
      entry = { day, postId, firstAt: now, views: 0, searchClicks: 0 };
      this.uses.set(key, entry);
    }
    if (kind === 'VIEW') entry.views += 1;
    else entry.searchClicks += 1;
  }

  /** A search found nothing; `text` is already normalised. */
  recordEmptySearch(viewerId: string, text: string): void {
    const day = toUtcDay(this.clock.now());
    if (!this.firstToday(day, `GAP:${viewerId}:${text}`)) return;
    const key = `${day}:${text}`;
    const entry = this.gaps.get(key);
    if (entry) entry.searches += 1;
    else if (this.room(this.gaps.size)) this.gaps.set(key, { day, text, searches: 1 });
  }

  /**
   * Writes the buffers: uses that are reuse, and the searches. Flushes run one after another; a
   * failed one puts its counts back for the next (as long as there is room).
   */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    const uses = [...this.uses.values()];
    const gaps = [...this.gaps.values()];
    if (!uses.length && !gaps.length) return;
    this.uses = new Map();
    this.gaps = new Map();
    try {
      if (uses.length) {
        const facts = await this.repository.questionFacts([...new Set(uses.map((u) => u.postId))]);
        await this.repository.addReuse(reuseRows(uses, facts));
      }
      await this.repository.addGaps(gaps);
    } catch (e) {
      this.logger.warn(`Could not write reuse counts, keeping them: ${(e as Error).message}`);
      this.putBack(uses, gaps);
    }
  }

  private putBack(
    uses: BufferedUses[],
    gaps: { day: string; text: string; searches: number }[],
  ): void {
    for (const u of uses) {
      const key = `${u.day}:${u.postId}`;
      const now = this.uses.get(key);
      if (now) {
        now.views += u.views;
        now.searchClicks += u.searchClicks;
        if (u.firstAt < now.firstAt) now.firstAt = u.firstAt;
      } else if (this.uses.size < BUFFER_MAX) this.uses.set(key, u);
    }
    for (const g of gaps) {
      const key = `${g.day}:${g.text}`;
      const now = this.gaps.get(key);
      if (now) now.searches += g.searches;
      else if (this.gaps.size < BUFFER_MAX) this.gaps.set(key, g);
    }
  }

  /** Whether this is the person's first such use today (remembered in memory only). */
  private firstToday(day: string, key: string): boolean {
    if (day !== this.seenDay || this.seen.size >= SEEN_MAX) {
      this.seen = new Set();
      this.seenDay = day;
    }
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Whether a new key fits; a full buffer starts a flush and drops this one use (overload). */
  private room(size: number): boolean {
    if (size < BUFFER_MAX) return true;
    void this.flush();
    return false;
  }
}
