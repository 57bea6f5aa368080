import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { InstanceSettingEntity } from './instance-setting.entity';

const OPEN_SIGNUP = 'openSignUp';

/** Run-time settings; the environment gives the initial value until an admin changes it. */
@Injectable()
export class InstanceSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async openSignUp(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const row = await manager.findOneBy(InstanceSettingEntity, { key: OPEN_SIGNUP });
    return row ? row.value === true : this.config.get('OPEN_SIGNUP');
  }

  async setOpenSignUp(enabled: boolean): Promise<boolean> {
    await this.dataSource.manager.upsert(
      InstanceSettingEntity,
      { key: OPEN_SIGNUP, value: enabled },
      ['key'],
    );
    return enabled;
  }
}
