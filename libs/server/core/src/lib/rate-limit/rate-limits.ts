import { Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { AppConfigValues } from '../config/config.schema';
import { RateLimitedError } from '../errors/app-errors';
import { RateLimitRepository } from './rate-limit.repository';

/**
 * The named per-person limits (spam brakes): one line each, with the setting that sizes it.
 * Every limit is counted per person (never per address, so a whole office behind one company
 * address is never punished for one colleague), in fixed windows kept in PostgreSQL
 * (`rate_limits`), so they hold across API nodes without Redis.
 */
export const RATE_LIMITS = {
  /** Status updates written. */
  'post.create': { setting: 'RATE_LIMIT_POSTS_PER_HOUR', windowSeconds: 3600 },
  /** Replies written. */
  'reply.create': { setting: 'RATE_LIMIT_REPLIES_PER_HOUR', windowSeconds: 3600 },
  /** People newly mentioned (a post or reply with 3 new mentions uses 3). */
  'mention.add': { setting: 'RATE_LIMIT_MENTIONS_PER_HOUR', windowSeconds: 3600 },
  /** Files uploaded (new files and new versions). */
  'file.upload': { setting: 'RATE_LIMIT_UPLOADS_PER_HOUR', windowSeconds: 3600 },
  /** Reports of content filed. */
  'report.create': { setting: 'RATE_LIMIT_REPORTS_PER_HOUR', windowSeconds: 3600 },
} as const satisfies Record<string, { setting: keyof AppConfigValues; windowSeconds: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Whom a limit counts: a person, and when their account was created (new accounts: stricter). */
export interface RateLimitSubject {
  id: string;
  /** Read from `users` when the caller does not have it (cached: it never changes). */
  createdAt?: Date;
}

/** A limit's size for accounts still new: its share of the setting, at least 1. */
export function newAccountLimit(configured: number, newAccountPercent: number): number {
  return Math.max(1, Math.floor((configured * newAccountPercent) / 100));
}

const CREATED_AT_CACHE = 10_000;

/**
 * Per-person write limits over rate-limiter-flexible's PostgreSQL store.
 * `await limits.consume('post.create', viewer)` before a write; over the limit it throws
 * `RATE_LIMITED` with `retryAfterSeconds` and the limit's name, and nothing is written.
 */
@Injectable()
export class RateLimits implements OnModuleInit {
  private readonly limiters = new Map<string, RateLimiterPostgres>();
  private readonly createdAt = new Map<string, Date>();

  constructor(
    private readonly store: RateLimitRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const name of Object.keys(RATE_LIMITS) as RateLimitName[]) {
      for (const isNew of [false, true]) this.limiter(name, isNew);
    }
  }

  /**
   * Counts `points` (default 1) against the person's limit; throws RATE_LIMITED when it is
   * exceeded (the refused attempt is counted too, so hammering does not help).
   */
  async consume(name: RateLimitName, subject: RateLimitSubject, points = 1): Promise<void> {
    if (points <= 0) return;
    const isNew = await this.isNewAccount(subject);
    try {
      await this.limiter(name, isNew).consume(subject.id, points);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new RateLimitedError(
        retryAfterSeconds,
        `You have reached the limit for this for now (${name}). Please wait ${describeWait(retryAfterSeconds)} and try again.`,
        { limit: name, newAccount: isNew },
      );
    }
  }

  /**
   * Gives back `points` counted by `consume` for an attempt that wrote nothing (a repeat of an
   * earlier write, found only when its statement failed).
   */
  async refund(name: RateLimitName, subject: RateLimitSubject, points: number): Promise<void> {
    if (points <= 0) return;
    await this.limiter(name, await this.isNewAccount(subject)).reward(subject.id, points);
  }

  /** How many points the person has left now (for tests and diagnostics). */
  async remaining(name: RateLimitName, subject: RateLimitSubject): Promise<number> {
    const isNew = await this.isNewAccount(subject);
    const limiter = this.limiter(name, isNew);
    const res = await limiter.get(subject.id);
    return Math.max(0, limiter.points - (res?.consumedPoints ?? 0));
  }

  private limiter(name: RateLimitName, isNew: boolean): RateLimiterPostgres {
    const key = `${name}:${isNew ? 'new' : 'all'}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const rule = RATE_LIMITS[name];
      const configured = this.config.get(rule.setting);
      limiter = this.store.limiter({
        clearExpiredByTimeout: false, // one row per person and limit, reused by each window
        keyPrefix: key,
        points: isNew
          ? newAccountLimit(configured, this.config.get('RATE_LIMIT_NEW_ACCOUNT_PERCENT'))
          : configured,
        duration: rule.windowSeconds,
      });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  private async isNewAccount(subject: RateLimitSubject): Promise<boolean> {
    const hours = this.config.get('RATE_LIMIT_NEW_ACCOUNT_HOURS');
    if (hours === 0) return false;
    const createdAt = subject.createdAt ?? (await this.accountCreatedAt(subject.id));
    if (!createdAt) return false;
    return Date.now() - createdAt.getTime() < hours * 3_600_000;
  }

  private async accountCreatedAt(userId: string): Promise<Date | null> {
    const cached = this.createdAt.get(userId);
    if (cached) return cached;
    const createdAt = await this.store.accountCreatedAt(userId);
    if (!createdAt) return null;
    if (this.createdAt.size >= CREATED_AT_CACHE) this.createdAt.clear();
    this.createdAt.set(userId, createdAt);
    return createdAt;
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
