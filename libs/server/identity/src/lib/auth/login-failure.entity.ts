import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LoginFailureScope = 'account' | 'address' | 'address_account' | 'device';

/** One failed log-in, counted per account, address, (address, account) or device in a window. */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  scope: LoginFailureScope;

  @Column({ type: 'text' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
