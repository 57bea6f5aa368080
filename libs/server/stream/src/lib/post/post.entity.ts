import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A status update (optionally a question). Deleting leaves a tombstone so threads stay readable. */
@Entity('posts')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  authorId: string;

  /** Set when the post was placed on someone else's board. */
  @Column({ type: 'uuid', nullable: true })
  boardUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;

  /** Derived on the server from where the post is placed; never taken from the client. */
  @Column({ type: 'text', default: 'public' })
  audience: 'public' | 'members';

  @Column({ type: 'boolean', default: false })
  isQuestion: boolean;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'uuid', nullable: true })
  acceptedReplyId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', default: 0 })
  replyCount: number;

  @Column({ type: 'int', default: 0 })
  likeCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Pinned to the top of its community board by an owner. */
  @Column({ type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;
}

/**
 * A post about to be written, with the values its columns' defaults would give, so it can be
 * returned without reading it back.
 */
export function newPost(
  fields: Pick<
    PostEntity,
    'authorId' | 'boardUserId' | 'communityId' | 'audience' | 'isQuestion' | 'body' | 'bodyHtml'
  > & { id?: string },
): PostEntity {
  const now = new Date();
  return Object.assign(new PostEntity(), {
    id: randomUUID(),
    ...fields,
    acceptedReplyId: null,
    answeredAt: null,
    replyCount: 0,
    likeCount: 0,
    createdAt: now,
    updatedAt: now,
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
  });
}

@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('uuid')
  postId: string;

  @Column({ type: 'text' })
  body: string;

  @Column('uuid')
  editedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
