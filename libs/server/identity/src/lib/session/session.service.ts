import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UserStatus } from '@outloud/contracts';
import { AppConfig, OutboxService, preparedQuery, Viewer } from '@outloud/server-core';
import { EntityManager, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates, resolves and revokes sessions. Tokens are 256-bit random; only hashes are stored. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    meta: { userAgent?: string; ipAddress?: string },
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.expiry();
    const result = await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
      expiresAt,
    });
    return { id: (result.identifiers[0] as { id: string }).id, token, expiresAt };
  }

  /** The viewer for a cookie token, or null when unknown, expired, or the person is deactivated. */
  async resolve(token: string): Promise<Viewer | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows: {
      id: string;
      last_seen_at: Date;
      user_id: string;
      handle: string;
      role: Viewer['role'];
    }[] = await preparedQuery(
      this.sessions.manager.connection,
      `SELECT s.id, s.last_seen_at, u.id AS user_id, u.handle, u.role
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.status = $2`,
      [hashToken(token), UserStatus.ACTIVE],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      // Sliding expiry, written at most every few minutes to keep reads cheap.
      await this.sessions.update(row.id, { lastSeenAt: new Date(), expiresAt: this.expiry() });
    }
    return { id: row.user_id, handle: row.handle, role: row.role, sessionId: row.id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.end(`id = $1`, [sessionId]);
  }

  /** Ends these sessions (single logout from the identity provider). */
  async revokeMany(sessionIds: string[]): Promise<number> {
    if (sessionIds.length === 0) return 0;
    return this.end(`id = ANY($1::uuid[])`, [sessionIds]);
  }

  async revokeByToken(token: string): Promise<void> {
    await this.end(`token_hash = $1`, [hashToken(token)]);
  }

  /** Ends every session of a person ("log out everywhere", deactivation). */
  async revokeAll(userId: string, manager?: EntityManager): Promise<number> {
    return this.end(`user_id = $1`, [userId], manager);
  }

  /**
   * Deletes sessions and, in the same transaction, queues `identity.session.revoked` so the
   * realtime gateway closes their sockets on every node right after commit.
   */
  private async end(where: string, params: unknown[], manager?: EntityManager): Promise<number> {
    const run = async (tx: EntityManager) => {
      const [rows]: [{ id: string; user_id: string }[], number] = await tx.query(
        `DELETE FROM sessions WHERE ${where} RETURNING id, user_id`,
        params,
      );
      const byUser = new Map<string, string[]>();
      for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.id]);
      for (const [userId, sessionIds] of byUser)
        await this.outbox.enqueue(tx, 'identity.session.revoked', { userId, sessionIds });
      return rows.length;
    };
    return manager ? run(manager) : this.sessions.manager.transaction(run);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.get('SESSION_TTL_DAYS') * 24 * 3600 * 1000);
  }
}
