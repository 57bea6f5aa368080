import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, userActor } from '@outloud/audit';
import { AccessPolicy, TransactionRunner, validateInput, Viewer } from '@outloud/server-core';
import { ContentPolicyGate } from './content-policy.gate';
import { PolicyErrors } from './policy.errors';
import { AcknowledgementStats, PolicyRepository, PolicyVersionRow } from './policy.repository';
import { publishPolicySchema } from './policy.schemas';

/** Versions of the one-page content policy and people's acknowledgements of them. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: PolicyRepository,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly gate: ContentPolicyGate,
  ) {}

  current(): Promise<PolicyVersionRow | null> {
    return this.repository.current();
  }

  acknowledgedVersion(viewer: Viewer): Promise<number | null> {
    return this.repository.acknowledgedVersion(viewer.id);
  }

  /** Every save is a new version with a change note; the audit log records it. */
  async publish(viewer: Viewer, input: unknown, context?: AuditContext): Promise<PolicyVersionRow> {
    await this.requireAdmin(viewer);
    const values = validateInput(publishPolicySchema, input);
    const published = await this.transactions.run(async (tx) => {
      const previous = await this.repository.current(tx);
      if (previous && previous.markdown === values.markdown) throw PolicyErrors.unchanged();
      const published = await this.repository.insertNext(tx, {
        markdown: values.markdown,
        changeNote: values.changeNote ?? '',
        publishedBy: viewer.id,
      });
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: 'policy.version.published',
        target: { type: 'contentPolicy', id: String(published.version) },
        before: previous ? { version: previous.version } : null,
        after: {
          version: published.version,
          changeNote: published.changeNote,
          characters: published.markdown.length,
        },
        reason: published.changeNote || null,
        context,
      });
      return published;
    });
    this.gate.published();
    return published;
  }

  /** Only the current version can be acknowledged (an old one names the current one). */
  async acknowledge(viewer: Viewer, version: number): Promise<PolicyVersionRow> {
    const current = await this.repository.current();
    if (!current) throw PolicyErrors.noPolicy();
    if (version !== current.version) throw PolicyErrors.notCurrent(version, current.version);
    await this.repository.acknowledge(viewer.id, current.version);
    this.gate.acknowledged(viewer.id, current.version);
    return current;
  }

  async versions(viewer: Viewer, limit: number): Promise<PolicyVersionRow[]> {
    await this.requireAdmin(viewer);
    return this.repository.versions(limit);
  }

  async previousMarkdown(version: number): Promise<string> {
    if (version <= 1) return '';
    return (await this.repository.version(version - 1))?.markdown ?? '';
  }

  async stats(viewer: Viewer, version: number): Promise<AcknowledgementStats> {
    await this.requireAdmin(viewer);
    return this.repository.stats(version);
  }

  async requireAdmin(viewer: Viewer): Promise<void> {
    await this.policy.require(viewer, 'site.administer', {}, { orElse: PolicyErrors.notAdmin });
  }
}
