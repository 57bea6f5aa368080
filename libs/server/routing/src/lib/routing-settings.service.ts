import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, IDENTITY_AUDIT_ACTIONS, userActor } from '@outloud/audit';
import {
  AccessPolicy,
  BadUserInputError,
  ForbiddenError,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import {
  DEFAULT_ROUTING_SETTINGS,
  RoutingSettingsValues,
  routingSettingsSchema,
} from './routing-settings';
import { RoutingRepository } from './routing.repository';

/** Routing's settings: the defaults until an admin changes them; every change audited. */
@Injectable()
export class RoutingSettingsService {
  constructor(
    private readonly repository: RoutingRepository,
    private readonly policy: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<RoutingSettingsValues> {
    return (await this.repository.settings()) ?? DEFAULT_ROUTING_SETTINGS;
  }

  async read(viewer: Viewer): Promise<RoutingSettingsValues> {
    await this.requireAdmin(viewer);
    return this.current();
  }

  /** Admins only; values out of range are refused with BAD_USER_INPUT (field paths under input). */
  async change(
    viewer: Viewer,
    input: unknown,
    context?: AuditContext,
  ): Promise<RoutingSettingsValues> {
    await this.requireAdmin(viewer);
    const change = validateInput(routingSettingsSchema, input);
    const before = await this.current();
    const next: RoutingSettingsValues = {
      ...before,
      ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    };
    if (next.workdayEndHour <= next.workdayStartHour)
      throw BadUserInputError.field(
        ['input', 'workdayEndHour'],
        'The working day must end after it starts.',
      );
    next.workingDays = [...next.workingDays].sort((a, b) => a - b);
    await this.transactions.run(async (tx) => {
      await this.repository.saveSettings(tx, next, viewer.id);
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: IDENTITY_AUDIT_ACTIONS.settingChanged,
        target: { type: 'setting', id: 'routing' },
        before: { ...before },
        after: { ...next },
        context,
      });
    });
    return next;
  }

  private requireAdmin(viewer: Viewer): Promise<void> {
    return this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: () => new ForbiddenError('Only admins can do that.') },
    );
  }
}
