import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, IDENTITY_AUDIT_ACTIONS, userActor } from '@outloud/audit';
import { AppConfig, TransactionRunner, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { InstanceSettingEntity } from './instance-setting.entity';

const OPEN_SIGNUP = 'openSignUp';

/** Run-time settings; the environment gives the initial value until an admin changes it. */
@Injectable()
export class InstanceSettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async openSignUp(manager: EntityManager = this.transactions.manager): Promise<boolean> {
    const row = await manager.findOneBy(InstanceSettingEntity, { key: OPEN_SIGNUP });
    return row ? row.value === true : this.config.get('OPEN_SIGNUP');
  }

  /** Changes open sign-up; the audit log records who changed it, from what to what. */
  async setOpenSignUp(viewer: Viewer, enabled: boolean, context?: AuditContext): Promise<boolean> {
    await this.transactions.run(async (tx) => {
      const before = await this.openSignUp(tx);
      await tx.upsert(InstanceSettingEntity, { key: OPEN_SIGNUP, value: enabled }, ['key']);
      if (before !== enabled)
        await this.audit.record(tx, {
          actor: userActor(viewer),
          action: IDENTITY_AUDIT_ACTIONS.settingChanged,
          target: { type: 'setting', id: OPEN_SIGNUP },
          before: { [OPEN_SIGNUP]: before },
          after: { [OPEN_SIGNUP]: enabled },
          context,
        });
    });
    return enabled;
  }
}
