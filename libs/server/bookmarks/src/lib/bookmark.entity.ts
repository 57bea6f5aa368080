import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BookmarkTargetType = 'url' | 'post' | 'file';

/** A saved link, or a saved post or file inside Outloud. Public unless marked private. */
@Entity('bookmarks')
export class BookmarkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ownerId: string;

  @Column({ type: 'text' })
  targetType: BookmarkTargetType;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  /** What counts as "the same thing": normalised URL, or `post:<id>` / `file:<id>`. */
  @Column({ type: 'text' })
  targetKey: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'boolean', default: false })
  isPrivate: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
