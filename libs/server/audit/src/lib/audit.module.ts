import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Import it where actions are recorded; the GraphQL read comes with it. */
@Module({
  controllers: [AuditExportController],
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
