import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

export type ApiTokenScope = 'read' | 'write' | 'admin';

export interface ApiTokenRow {
  id: string;
  userId: string;
  name: string;
  scopes: ApiTokenScope[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
}

const COLUMNS = `id, user_id, name, scopes, created_at, expires_at, last_used_at, last_used_ip, revoked_at`;

function toRow(r: Record<string, unknown>): ApiTokenRow {
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    id: r.id as string,
    userId: r.user_id as string,
    name: r.name as string,
    scopes: r.scopes as ApiTokenScope[],
    createdAt: new Date(r.created_at as string),
    expiresAt: new Date(r.expires_at as string),
    lastUsedAt: date(r.last_used_at),
    lastUsedIp: (r.last_used_ip as string | null) ?? null,
    revokedAt: date(r.revoked_at),
  };
}

/** The only place that queries api_tokens. Only a SHA-256 of each token is stored. */
@Injectable()
export class ApiTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: {
      userId: string;
      name: string;
      tokenHash: string;
      scopes: ApiTokenScope[];
      expiresAt: Date;
    },
  ): Promise<ApiTokenRow> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO api_tokens (user_id, name, token_hash, scopes, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [values.userId, values.name, values.tokenHash, values.scopes, values.expiresAt],
    );
    return toRow(rows[0]);
  }

  /** Revokes one of this person's tokens; null when it is not theirs. */
  async revoke(manager: EntityManager, userId: string, id: string): Promise<ApiTokenRow | null> {
    if (!isUuid(id)) return null;
    const [rows]: [Record<string, unknown>[], number] = await manager.query(
      `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
       WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async listFor(userId: string): Promise<ApiTokenRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1
       ORDER BY revoked_at IS NOT NULL, created_at DESC LIMIT 200`,
      [userId],
    );
    return rows.map(toRow);
  }

  async byHash(tokenHash: string): Promise<ApiTokenRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM api_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async markUsed(manager: EntityManager, id: string, ip: string | null): Promise<void> {
    await manager.query(
      `UPDATE api_tokens SET last_used_at = now(), last_used_ip = $2 WHERE id = $1`,
      [id, ip],
    );
  }
}
