import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One pending delivery of one event to one handler (so handlers retry independently). */
@Entity('outbox_jobs')
export class OutboxJobEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  handler: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** In the fast lane (`OutboxLane`): each lane's claim reads its own unclaimed jobs. */
  @Column({ type: 'boolean', default: false })
  fast: boolean;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
