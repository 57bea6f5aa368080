import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Avatar bytes, small (≤ 256 KB) and type-checked, so they live in PostgreSQL beside the user. */
@Entity('user_avatars')
export class UserAvatarEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'text' })
  sha256: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
