import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

export interface ScimTokenRow {
  id: string;
  name: string;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const COLUMNS = `id, name, created_by, created_at, last_used_at, revoked_at`;

function toRow(r: Record<string, unknown>): ScimTokenRow {
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    id: r.id as string,
    name: r.name as string,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    lastUsedAt: date(r.last_used_at),
    revokedAt: date(r.revoked_at),
  };
}

/** The only place that queries scim_tokens. Only a SHA-256 of each token is stored. */
@Injectable()
export class ScimTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    values: { name: string; tokenHash: string; createdBy: string },
  ): Promise<ScimTokenRow> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO scim_tokens (name, token_hash, created_by) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [values.name, values.tokenHash, values.createdBy],
    );
    return toRow(rows[0]);
  }

  async revoke(manager: EntityManager, id: string): Promise<ScimTokenRow | null> {
    if (!isUuid(id)) return null;
    const [rows]: [Record<string, unknown>[], number] = await manager.query(
      `UPDATE scim_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async list(): Promise<ScimTokenRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM scim_tokens ORDER BY revoked_at IS NOT NULL, created_at DESC LIMIT 500`,
    );
    return rows.map(toRow);
  }

  /**
   * The live token with this hash, marking its use (at most once a minute, so a busy
   * provisioning run does not write on every call).
   */
  async use(tokenHash: string): Promise<ScimTokenRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM scim_tokens WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0] ? toRow(rows[0]) : null;
    if (row && (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000))
      await this.dataSource.query(`UPDATE scim_tokens SET last_used_at = now() WHERE id = $1`, [
        row.id,
      ]);
    return row;
  }
}
