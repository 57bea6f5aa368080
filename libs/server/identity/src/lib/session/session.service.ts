import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, OutboxService, TransactionRunner, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { UserRepository } from '../user/user.repository';
import { SessionCache } from './session-cache';
import { SessionKey, SessionRepository } from './session.repository';

const TOUCH_EVERY_MS = 5 * 60 * 1000;
/** "Last active" is kept to the hour: one write per person per hour, not one per request. */
export const LAST_ACTIVE_EVERY_MS = 60 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates, resolves and revokes sessions. Tokens are 256-bit random; only hashes are stored. */
@Injectable()
export class SessionService {
  private readonly cache = new SessionCache();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly users: UserRepository,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    meta: { userAgent?: string; ipAddress?: string },
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.expiry();
    const id = await this.sessions.insert(manager, {
      userId,
      tokenHash: hashToken(token),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
      expiresAt,
    });
    return { id, token, expiresAt };
  }

  /**
   * The viewer for a cookie token, or null when unknown, expired, or the person is deactivated.
   * Answered from a few seconds' cache when this process resolved the same token lately.
   */
  async resolve(token: string): Promise<Viewer | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const begun = this.cache.begin();
    const row = await this.sessions.findLive(tokenHash);
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      // Sliding expiry, written at most every few minutes to keep reads cheap.
      await this.sessions.touch(row.id, this.expiry());
    }
    const lastActive = row.last_active_at ? new Date(row.last_active_at).getTime() : 0;
    if (Date.now() - lastActive > LAST_ACTIVE_EVERY_MS) {
      await this.users.markActive(row.user_id, LAST_ACTIVE_EVERY_MS);
    }
    const viewer = { id: row.user_id, handle: row.handle, role: row.role, sessionId: row.id };
    this.cache.set(tokenHash, viewer, begun);
    return viewer;
  }

  /**
   * Ended sessions leave this process's cache (the `identity.session.revoked` event calls this
   * on every node; `end` already did on the node that ended them).
   */
  forgetSessions(sessionIds: readonly string[]): void {
    this.cache.forgetSessions(sessionIds);
  }

  /** A person's role or status changed: their cached sessions are read again. */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.end({ id: sessionId });
  }

  /** Ends these sessions (single logout from the identity provider). */
  async revokeMany(sessionIds: string[]): Promise<number> {
    if (sessionIds.length === 0) return 0;
    return this.end({ ids: sessionIds });
  }

  async revokeByToken(token: string): Promise<void> {
    await this.end({ tokenHash: hashToken(token) });
  }

  /** A person's live sessions, for their settings. */
  listLive(userId: string) {
    return this.sessions.listLive(userId);
  }

  /** Ends one session of this person ("sign out that device"); 0 when it is not theirs. */
  async revokeOwn(userId: string, sessionId: string, manager?: EntityManager): Promise<number> {
    return this.end({ id: sessionId, userId }, manager);
  }

  /** Ends every session of a person but one (a password change keeps the browser that made it). */
  async revokeOthers(userId: string, keepId: string, manager?: EntityManager): Promise<number> {
    return this.end({ userId, exceptId: keepId }, manager);
  }

  /** Ends every session of a person ("log out everywhere", deactivation). */
  async revokeAll(userId: string, manager?: EntityManager): Promise<number> {
    return this.end({ userId }, manager);
  }

  /**
   * Deletes sessions and, in the same transaction, queues `identity.session.revoked` so the
   * realtime gateway closes their sockets on every node right after commit.
   */
  private async end(by: SessionKey, manager?: EntityManager): Promise<number> {
    const run = async (tx: EntityManager) => {
      const rows = await this.sessions.delete(tx, by);
      this.forgetSessions(rows.map((r) => r.id));
      const byUser = new Map<string, string[]>();
      for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.id]);
      for (const [userId, sessionIds] of byUser)
        await this.outbox.enqueue(tx, 'identity.session.revoked', { userId, sessionIds });
      return rows.length;
    };
    return manager ? run(manager) : this.transactions.run(run);
  }

  /** Which of these sessions are still live (sockets outlive the request that opened them). */
  aliveSessionIds(sessionIds: readonly string[]): Promise<string[]> {
    return this.sessions.aliveIds(sessionIds);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.get('SESSION_TTL_DAYS') * 24 * 3600 * 1000);
  }
}
