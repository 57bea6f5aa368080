import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, IDENTITY_AUDIT_ACTIONS, userActor } from '@outloud/audit';
import { AppConfig, TransactionRunner, validateInput, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { InstanceSettingEntity } from './instance-setting.entity';

const OPEN_SIGNUP = 'openSignUp';
const TIME_ZONE = 'timeZone';
export const DEFAULT_TIME_ZONE = 'UTC';

/** An IANA time zone name the runtime knows ("Europe/Stockholm", "UTC"); offsets and typos are refused. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = z
  .string()
  .trim()
  .max(64, 'Use an IANA time zone name such as Europe/Stockholm.')
  .refine(isTimeZone, 'Use an IANA time zone name such as Europe/Stockholm.');

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

  /** The organisation's time zone (analytics' hours and weekdays); UTC until an admin sets one. */
  async timeZone(manager: EntityManager = this.transactions.manager): Promise<string> {
    const row = await manager.findOneBy(InstanceSettingEntity, { key: TIME_ZONE });
    return typeof row?.value === 'string' && isTimeZone(row.value) ? row.value : DEFAULT_TIME_ZONE;
  }

  /** Changes the time zone (BAD_USER_INPUT unless an IANA name); audited like every setting. */
  async setTimeZone(viewer: Viewer, name: string, context?: AuditContext): Promise<string> {
    const timeZone = validateInput(timeZoneSchema, name, 'timeZone');
    await this.transactions.run(async (tx) => {
      const before = await this.timeZone(tx);
      await tx.upsert(InstanceSettingEntity, { key: TIME_ZONE, value: timeZone }, ['key']);
      if (before !== timeZone)
        await this.audit.record(tx, {
          actor: userActor(viewer),
          action: IDENTITY_AUDIT_ACTIONS.settingChanged,
          target: { type: 'setting', id: TIME_ZONE },
          before: { [TIME_ZONE]: before },
          after: { [TIME_ZONE]: timeZone },
          context,
        });
    });
    return timeZone;
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
