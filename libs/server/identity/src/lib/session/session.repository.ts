import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UserStatus } from '@outloud/contracts';
import { preparedQuery, Viewer } from '@outloud/server-core';
import { EntityManager, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

/** Which sessions to end. */
export type SessionKey =
  | { id: string; userId?: string }
  | { ids: string[] }
  | { tokenHash: string }
  | { userId: string; exceptId?: string };

/** A person's live session as their settings list it. */
export interface SessionListRow {
  id: string;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
}

export interface SessionRow {
  id: string;
  last_seen_at: Date;
  user_id: string;
  /** The person's last activity (users.last_active_at), null before the first. */
  last_active_at: Date | null;
  handle: string;
  role: Viewer['role'];
}

/** The only place that queries sessions. */
@Injectable()
export class SessionRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  /** Returns the new session's id. */
  async insert(
    manager: EntityManager,
    row: Pick<SessionEntity, 'userId' | 'tokenHash' | 'userAgent' | 'ipAddress' | 'expiresAt'>,
  ): Promise<string> {
    const result = await manager.insert(SessionEntity, row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** A live session of an active person by token hash, with who it is (every request's read). */
  async findLive(tokenHash: string): Promise<SessionRow | null> {
    const rows = await preparedQuery<SessionRow>(
      this.sessions.manager.connection,
      `SELECT s.id, s.last_seen_at, u.id AS user_id, u.handle, u.role, u.last_active_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.status = $2`,
      [tokenHash, UserStatus.ACTIVE],
    );
    return rows[0] ?? null;
  }

  async touch(id: string, expiresAt: Date): Promise<void> {
    await this.sessions.update(id, { lastSeenAt: new Date(), expiresAt });
  }

  /** Deletes the sessions matching one key; returns them. */
  async delete(manager: EntityManager, by: SessionKey): Promise<{ id: string; user_id: string }[]> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (sql: (param: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(sql(`$${values.length}`));
    };
    if ('id' in by) add((p) => `id = ${p}`, by.id);
    if ('ids' in by) add((p) => `id = ANY(${p}::uuid[])`, by.ids);
    if ('tokenHash' in by) add((p) => `token_hash = ${p}`, by.tokenHash);
    if ('userId' in by && by.userId) add((p) => `user_id = ${p}`, by.userId);
    if ('exceptId' in by && by.exceptId) add((p) => `id <> ${p}`, by.exceptId);
    const [rows]: [{ id: string; user_id: string }[], number] = await manager.query(
      `DELETE FROM sessions WHERE ${conditions.join(' AND ')} RETURNING id, user_id`,
      values,
    );
    return rows;
  }

  /** A person's live sessions, the most recently used first. */
  async listLive(userId: string): Promise<SessionListRow[]> {
    return this.sessions.manager.query(
      `SELECT id, user_agent, created_at, last_seen_at FROM sessions
        WHERE user_id = $1 AND expires_at > now() ORDER BY last_seen_at DESC, created_at DESC`,
      [userId],
    );
  }

  /** Which of these sessions are still live, for an active person. */
  async aliveIds(sessionIds: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.sessions.manager.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.expires_at > now() AND u.status = 'active'`,
      [sessionIds],
    );
    return rows.map((r) => r.id);
  }
}
