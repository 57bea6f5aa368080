import { AuditResolver } from './lib/audit.resolver';

export { AuditModule } from './lib/audit.module';
export { AuditService } from './lib/audit.service';
export { neutraliseFormula } from './lib/audit-export.controller';
export type { AuditFilter } from './lib/audit.service';
export type { AuditRow } from './lib/audit.repository';
export * from './lib/audit-entry';
export { AuditEntry, AuditEntryConnection, AuditLogFilter } from './lib/dto/audit-entry.model';
export { toAuditEntry } from './lib/audit.mapper';

/** Resolver classes, for generating the schema without a database. */
export const AUDIT_RESOLVERS = [AuditResolver];
