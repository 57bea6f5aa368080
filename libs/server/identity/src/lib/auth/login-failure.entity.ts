import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One failed log-in, counted per account and per client address within a window. */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  scope: 'account' | 'address';

  @Column({ type: 'text' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
