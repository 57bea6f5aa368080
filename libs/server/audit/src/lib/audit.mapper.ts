import { AuditRow } from './audit.repository';
import { AuditEntry } from './dto/audit-entry.model';

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    ...row,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
  };
}
