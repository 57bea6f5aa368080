import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A shared file; the row mirrors its current version so lists need no join. */
@Entity('files')
export class FileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ownerId: string;

  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;

  /** Derived from where the file is placed (restricted community → members); for search. */
  @Column({ type: 'text', default: 'public' })
  audience: 'public' | 'members';

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text' })
  mimeType: string;

  /** bigint comes back from pg as a string. */
  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text' })
  sha256: string;

  /** For search: text files' text (≤ 100 KB) or a PDF's extracted text (≤ 200,000 characters). */
  @Column({ type: 'text', nullable: true, select: false })
  extractedText: string | null;

  @Column({ type: 'int', default: 0 })
  likeCount: number;

  @Column({ type: 'int', default: 0 })
  commentCount: number;

  @Column({ type: 'int', default: 0 })
  downloadCount: number;

  @Column({ type: 'int', default: 0 })
  downloaderCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity('file_versions')
export class FileVersionEntity {
  @PrimaryColumn('uuid')
  fileId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('uuid')
  uploadedBy: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  mimeType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

@Entity('file_comments')
export class FileCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  fileId: string;

  @Column('uuid')
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
