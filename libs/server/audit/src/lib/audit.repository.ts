import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActorType } from './audit-entry';

/** A stored audit entry, as read back. */
export interface AuditRow {
  id: string;
  occurredAt: Date;
  actorType: AuditActorType;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ipAddress: string | null;
}

export interface AuditInsert {
  actorType: AuditActorType;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  requestId: string | null;
  ipAddress: string | null;
}

export interface AuditQuery {
  actions?: string[] | null;
  /** Prefix of the action, e.g. "identity." for every identity event. */
  actionPrefix?: string | null;
  actorId?: string | null;
  actorLabel?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  since?: Date | null;
  until?: Date | null;
  /** Keyset: entries strictly older than this id. */
  beforeId?: string | null;
  limit: number;
}

const COLUMNS = `id::text AS "id", occurred_at AS "occurredAt", actor_type AS "actorType",
  actor_id AS "actorId", actor_label AS "actorLabel", action, target_type AS "targetType",
  target_id AS "targetId", before, after, reason, request_id AS "requestId", ip_address AS "ipAddress"`;

/** The only place that queries `audit_entries`. The table refuses UPDATE, DELETE and TRUNCATE. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one entry through `manager`, so it commits or rolls back with the caller's work. */
  async insert(manager: EntityManager, row: AuditInsert): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entries (actor_type, actor_id, actor_label, action, target_type, target_id,
                                  before, after, reason, request_id, ip_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11)`,
      [
        row.actorType,
        row.actorId,
        row.actorLabel,
        row.action,
        row.targetType,
        row.targetId,
        row.before,
        row.after,
        row.reason,
        row.requestId,
        row.ipAddress,
      ],
    );
  }

  /** Newest first, keyset-paginated by id (ids grow with time). */
  async find(query: AuditQuery): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.actions?.length) where.push(`action = ANY(${bind(query.actions)}::text[])`);
    if (query.actionPrefix) where.push(`starts_with(action, ${bind(query.actionPrefix)})`);
    if (query.actorId) where.push(`actor_id = ${bind(query.actorId)}::uuid`);
    if (query.actorLabel) where.push(`lower(actor_label) = lower(${bind(query.actorLabel)})`);
    if (query.targetType) where.push(`target_type = ${bind(query.targetType)}`);
    if (query.targetId) where.push(`target_id = ${bind(query.targetId)}`);
    if (query.since) where.push(`occurred_at >= ${bind(query.since)}`);
    if (query.until) where.push(`occurred_at < ${bind(query.until)}`);
    if (query.beforeId) where.push(`audit_entries.id < ${bind(query.beforeId)}::bigint`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_entries
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_entries.id DESC LIMIT ${bind(query.limit)}`,
      params,
    );
  }
}
