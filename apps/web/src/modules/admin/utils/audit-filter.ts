import type { AuditLogFilter } from '../../../generated/graphql';

/** The audit log's filter form, as typed. */
export interface AuditFilterForm {
  /** An action or the start of one: "moderation." or "identity.user.roleChanged". */
  action: string;
  /** The actor's handle as recorded. */
  actor: string;
  targetType: string;
  /** yyyy-mm-dd, inclusive, in UTC. */
  since: string;
  /** yyyy-mm-dd, inclusive (the whole day), in UTC. */
  until: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function day(value: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? null : new Date(time + plusDays * DAY_MS).toISOString();
}

/** The GraphQL filter: empty fields are left out; "until" includes its whole day. */
export function toAuditFilter(form: AuditFilterForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (form.action.trim()) filter.actionPrefix = form.action.trim();
  if (form.actor.trim()) filter.actorLabel = form.actor.trim().replace(/^@/, '');
  if (form.targetType.trim()) filter.targetType = form.targetType.trim();
  const since = day(form.since);
  if (since) filter.since = since;
  const until = day(form.until, 1);
  if (until) filter.until = until;
  return filter;
}

/** The CSV download with the same filters (GET /audit-log/export.csv). */
export function auditExportHref(form: AuditFilterForm): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toAuditFilter(form))) {
    if (typeof value === 'string') params.set(key, value);
  }
  const query = params.toString();
  return `/audit-log/export.csv${query ? `?${query}` : ''}`;
}
