import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Settings admins change at run time (e.g. open sign-up). */
@Entity('instance_settings')
export class InstanceSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
