import { Module } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { IdentityModule } from '@outloud/identity';
import { ContentPolicyGate } from './content-policy.gate';
import { PolicyRepository } from './policy.repository';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

/** The one-page content policy: versions, diffs, acknowledgements and the gate before writing. */
@Module({
  imports: [AuditModule, IdentityModule],
  providers: [PolicyRepository, PolicyService, PolicyResolver, ContentPolicyGate],
  exports: [ContentPolicyGate],
})
export class PolicyModule {}
