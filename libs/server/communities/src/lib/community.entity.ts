import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type CommunityType = 'open' | 'moderated' | 'restricted';
export type MemberRole = 'member' | 'owner';
export type MemberState = 'member' | 'requested' | 'invited';

/** A community board: open (anyone joins), moderated (owners approve), restricted (invitation). */
@Entity('communities')
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', default: 'open' })
  type: CommunityType;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 0 })
  memberCount: number;

  /** SHA-256 of the community image (cache-busting part of its URL); null when none. */
  @Column({ type: 'text', nullable: true })
  imageSha256: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity('community_members')
export class CommunityMemberEntity {
  @PrimaryColumn('uuid')
  communityId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'text', default: 'member' })
  role: MemberRole;

  @Column({ type: 'text', default: 'member' })
  state: MemberState;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Small, type-checked community images live in PostgreSQL beside the community. */
@Entity('community_images')
export class CommunityImageEntity {
  @PrimaryColumn('uuid')
  communityId: string;

  @Column({ type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'text' })
  sha256: string;
}
