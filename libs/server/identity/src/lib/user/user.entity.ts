import { UserRole, UserStatus } from '@outloud/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person. Unique handle and e-mail regardless of case (functional unique indexes in SQL). */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  handle: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  /** Preferred language (BCP 47), from the identity provider or SCIM; null: the browser's. */
  @Column({ type: 'text', nullable: true })
  locale: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  /** SHA-256 of the current avatar (cache-busting part of its URL); null when none. */
  @Column({ type: 'text', nullable: true })
  avatarSha256: string | null;

  @Column({ type: 'text', default: UserRole.MEMBER })
  role: UserRole;

  @Column({ type: 'text', default: UserStatus.ACTIVE })
  status: UserStatus;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /**
   * Last time the person used Outloud, to the hour: the session check writes it at most once an
   * hour (UserRepository.markActive); never written by saving the entity.
   */
  @Column({ type: 'timestamptz', nullable: true, update: false })
  lastActiveAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
