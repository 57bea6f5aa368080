import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, toConnection, Viewer } from '@outloud/server-core';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './dto/audit-entry.model';
import { toAuditEntry } from './audit.mapper';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Admins: the audit log, newest first, filtered by action, actor, target, time.',
  })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AuditLogArgs,
  ): Promise<Connection<AuditEntry>> {
    const page = await this.audit.list(viewer, { ...(args.filter ?? {}) }, args);
    return toConnection(page, toAuditEntry);
  }
}
