import { Injectable } from '@nestjs/common';
import {
  AccessPolicy,
  BadUserInputError,
  cursorCodec,
  ForbiddenError,
  isUuid,
  Page,
  pageSize,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { AuditRecord } from './audit-entry';
import { AuditQuery, AuditRepository, AuditRow } from './audit.repository';

const ACTION = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*){1,4}$/;
const MAX_REASON = 2000;
const MAX_LABEL = 200;
const MAX_JSON = 64 * 1024;

export interface AuditFilter {
  actions?: string[] | null;
  actionPrefix?: string | null;
  actorId?: string | null;
  /** The actor's handle as recorded at the time (case-insensitive). */
  actorLabel?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/**
 * The audit log: `record()` appends an entry in the caller's transaction (an action and its
 * entry commit together, or neither does); `list()` reads it back for admins.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Appends `entry` through `manager`. Pass the transaction's manager so the entry commits with
   * the action; a manager outside a transaction writes at once (e.g. a refused sign-in, where
   * nothing else is written). A malformed entry is a programming error and throws.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    if (!ACTION.test(entry.action))
      throw new Error(`Audit action "${entry.action}" is not <domain>.<entity>.<pastVerb>`);
    await this.repository.insert(manager, {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      actorLabel: entry.actor.label?.slice(0, MAX_LABEL) ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason?.slice(0, MAX_REASON) ?? null,
      requestId: entry.context?.requestId ?? null,
      ipAddress: entry.context?.ipAddress ?? null,
    });
  }

  /** Newest first; admins only. */
  async list(
    viewer: Viewer,
    filter: AuditFilter,
    paging: { first?: number | null; after?: string | null },
  ): Promise<Page<AuditRow>> {
    await this.requireAdmin(viewer);
    const limit = pageSize(paging.first);
    const beforeId = AUDIT_CURSOR.decode(paging.after)?.id ?? null;
    if (filter.actorId && !isUuid(filter.actorId))
      throw BadUserInputError.field(['filter', 'actorId'], 'actorId must be a person id.');
    validateFilter(filter);
    const query: AuditQuery = { ...filter, beforeId, limit: limit + 1 };
    const rows = await this.repository.find(query);
    return AUDIT_CURSOR.page(rows, limit, (r) => ({ id: r.id }));
  }

  /**
   * Every entry matching the filter, newest first, in pages of EXPORT_BATCH (keyset by id), for
   * the CSV export; at most EXPORT_MAX rows. Admins only.
   */
  async *export(viewer: Viewer, filter: AuditFilter): AsyncGenerator<AuditRow> {
    await this.requireAdmin(viewer);
    validateFilter(filter);
    let beforeId: string | null = null;
    let sent = 0;
    while (sent < EXPORT_MAX) {
      const rows = await this.repository.find({ ...filter, beforeId, limit: EXPORT_BATCH });
      for (const row of rows) yield row;
      sent += rows.length;
      if (rows.length < EXPORT_BATCH) return;
      beforeId = rows[rows.length - 1].id;
    }
  }

  private requireAdmin(viewer: Viewer): Promise<void> {
    return this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: () => new ForbiddenError('Only admins can read the audit log.') },
    );
  }
}

/** Entries are listed newest first by id. */
const AUDIT_CURSOR = cursorCodec({ id: 'serial' });

/** Rows per query of an export, and the most one export holds (narrow the filter beyond). */
export const EXPORT_BATCH = 1000;
export const EXPORT_MAX = 100_000;

function validateFilter(filter: AuditFilter): void {
  if (filter.actorLabel && filter.actorLabel.length > 200)
    throw BadUserInputError.field(['filter', 'actorLabel'], 'At most 200 characters.');
  if (filter.actionPrefix && filter.actionPrefix.length > 100)
    throw BadUserInputError.field(['filter', 'actionPrefix'], 'At most 100 characters.');
  if (filter.since && filter.until && filter.since >= filter.until)
    throw BadUserInputError.field(['filter', 'until'], '"Until" must be after "since".');
}

function toJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value);
  if (json.length > MAX_JSON) return JSON.stringify({ truncated: true, bytes: json.length });
  return json;
}
