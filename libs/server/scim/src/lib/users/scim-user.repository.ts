import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

/** The directory's own view of a person it manages. */
export interface ScimLink {
  userId: string;
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `user_id, user_name, external_id, given_name, family_name, created_at, updated_at`;

function toLink(row: Record<string, unknown>): ScimLink {
  return {
    userId: row.user_id as string,
    userName: row.user_name as string,
    externalId: (row.external_id as string | null) ?? null,
    givenName: (row.given_name as string | null) ?? null,
    familyName: (row.family_name as string | null) ?? null,
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
  };
}

/** The only place that queries scim_users. */
@Injectable()
export class ScimUserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byUserId(userId: string, manager: EntityManager = this.dataSource.manager, lock = false) {
    if (!isUuid(userId)) return null;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM scim_users WHERE user_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [userId],
    );
    return rows[0] ? toLink(rows[0]) : null;
  }

  /** One page in creation order, and how many match in all. */
  async list(
    filter: ScimListFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; links: ScimLink[] }> {
    const [where, params] = whereOf(filter);
    const [{ n }]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM scim_users ${where}`,
      params,
    );
    const rows: Record<string, unknown>[] =
      limit === 0
        ? []
        : await this.dataSource.query(
            `SELECT ${COLUMNS} FROM scim_users ${where}
             ORDER BY created_at, user_id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
            [...params, offset, limit],
          );
    return { total: Number(n), links: rows.map(toLink) };
  }

  async insert(manager: EntityManager, link: Omit<ScimLink, 'createdAt' | 'updatedAt'>) {
    await manager.query(
      `INSERT INTO scim_users (user_id, user_name, external_id, given_name, family_name)
       VALUES ($1, $2, $3, $4, $5)`,
      [link.userId, link.userName, link.externalId, link.givenName, link.familyName],
    );
  }

  async update(manager: EntityManager, link: Omit<ScimLink, 'createdAt' | 'updatedAt'>) {
    await manager.query(
      `UPDATE scim_users SET user_name = $2, external_id = $3, given_name = $4, family_name = $5,
         updated_at = now() WHERE user_id = $1`,
      [link.userId, link.userName, link.externalId, link.givenName, link.familyName],
    );
  }

  async delete(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM scim_users WHERE user_id = $1`, [userId]);
  }
}

/** By userName, externalId or id, by the people with an address, or everyone. */
export type ScimListFilter =
  { attribute: 'userName' | 'externalId' | 'id'; value: string } | { userIds: string[] } | null;

function whereOf(filter: ScimListFilter): [string, unknown[]] {
  if (!filter) return ['', []];
  if ('userIds' in filter) return ['WHERE user_id = ANY($1::uuid[])', [filter.userIds]];
  switch (filter.attribute) {
    case 'userName':
      return ['WHERE lower(user_name) = lower($1)', [filter.value]];
    case 'externalId':
      return ['WHERE external_id = $1', [filter.value]];
    case 'id':
      return isUuid(filter.value) ? ['WHERE user_id = $1', [filter.value]] : ['WHERE false', []];
  }
}
