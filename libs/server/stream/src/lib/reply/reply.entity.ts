import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reply on a post (one level). Deleting leaves a tombstone. */
@Entity('replies')
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @Column('uuid')
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'int', default: 0 })
  likeCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
