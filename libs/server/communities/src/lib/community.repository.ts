import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, isUuid } from '@outloud/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommunityEntity, CommunityMemberEntity } from './community.entity';

export type CatalogueSort = 'ACTIVITY' | 'MEMBERS' | 'NAME';

/** The only place that queries communities and memberships. Visibility via AccessPolicy. */
@Injectable()
export class CommunityRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** A community the viewer may see (by id or slug), else null: invisible and missing look alike. */
  async findVisible(
    key: { id?: string; slug?: string },
    viewerId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    if (key.id !== undefined && !isUuid(key.id)) return null;
    const qb = manager.createQueryBuilder(CommunityEntity, 'c');
    if (key.id !== undefined) qb.where('c.id = :id', { id: key.id });
    else qb.where('lower(c.slug) = lower(:slug)', { slug: (key.slug ?? '').slice(0, 60) });
    return qb.andWhere(this.policy.visibleCommunitiesSql('c', ':viewerId'), { viewerId }).getOne();
  }

  findByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length
      ? this.dataSource.manager.findBy(CommunityEntity, { id: In(valid) })
      : Promise.resolve([]);
  }

  membership(
    communityId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.findOneBy(CommunityMemberEntity, { communityId, userId });
  }

  /** The viewer's membership rows for several communities (for DataLoader). */
  async memberships(
    userId: string,
    communityIds: readonly string[],
  ): Promise<CommunityMemberEntity[]> {
    const valid = communityIds.filter(isUuid);
    return valid.length
      ? this.dataSource.manager.findBy(CommunityMemberEntity, { userId, communityId: In(valid) })
      : [];
  }

  /** Catalogue: communities the viewer may see, optionally filtered, keyset-paginated. */
  async catalogue(
    viewerId: string,
    options: {
      query: string | null;
      tag: string | null;
      mine: boolean;
      sort: CatalogueSort;
      limit: number;
      offset: number;
    },
  ): Promise<CommunityEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(CommunityEntity, 'c')
      .where(this.policy.visibleCommunitiesSql('c', ':viewerId'), { viewerId });
    if (options.query) {
      qb.andWhere(`(lower(c.name) LIKE :q OR :tagq = ANY(c.tags))`, {
        q: `%${options.query.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
        tagq: options.query.toLowerCase(),
      });
    }
    if (options.tag) qb.andWhere(':tag = ANY(c.tags)', { tag: options.tag.toLowerCase() });
    if (options.mine) {
      qb.andWhere(`c.id IN ${this.policy.memberCommunitiesSql(':viewerId')}`);
    }
    const order: Record<CatalogueSort, [string, 'ASC' | 'DESC']> = {
      ACTIVITY: ['c.last_activity_at', 'DESC'],
      MEMBERS: ['c.member_count', 'DESC'],
      NAME: ['lower(c.name)', 'ASC'],
    };
    const [column, direction] = order[options.sort];
    return qb
      .orderBy(column, direction)
      .addOrderBy('c.id', 'ASC')
      .offset(options.offset)
      .limit(options.limit + 1)
      .getMany();
  }

  /** Members (or requests, or invitations) of a community, owners first, then by join time. */
  async members(
    communityId: string,
    state: 'member' | 'requested' | 'invited',
    limit: number,
    offset: number,
  ) {
    return this.dataSource.manager
      .createQueryBuilder(CommunityMemberEntity, 'm')
      .where('m.community_id = :communityId AND m.state = :state', { communityId, state })
      .orderBy(`CASE WHEN m.role = 'owner' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.user_id', 'ASC')
      .offset(offset)
      .limit(limit + 1)
      .getMany();
  }

  async recountMembers(manager: EntityManager, communityId: string): Promise<void> {
    await manager.query(
      `UPDATE communities SET member_count = (SELECT count(*) FROM community_members WHERE community_id = $1 AND state = 'member'),
              updated_at = now() WHERE id = $1`,
      [communityId],
    );
  }

  /** Pending requests to join become memberships ('admit') or are dropped. */
  async settleRequests(
    manager: EntityManager,
    communityId: string,
    how: 'admit' | 'drop',
  ): Promise<void> {
    await manager.query(
      how === 'admit'
        ? `UPDATE community_members SET state = 'member', updated_at = now() WHERE community_id = $1 AND state = 'requested'`
        : `DELETE FROM community_members WHERE community_id = $1 AND state = 'requested'`,
      [communityId],
    );
  }

  /** Someone posted or uploaded here: the catalogue's "active" order. */
  async touchActivity(manager: EntityManager, communityId: string): Promise<void> {
    await manager.query(`UPDATE communities SET last_activity_at = now() WHERE id = $1`, [
      communityId,
    ]);
  }

  async ownerCount(manager: EntityManager, communityId: string): Promise<number> {
    return manager.countBy(CommunityMemberEntity, { communityId, role: 'owner', state: 'member' });
  }

  /** The owners of a community, longest-standing first (routing asks them last). */
  async ownerIds(communityId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(CommunityMemberEntity, {
      where: { communityId, role: 'owner', state: 'member' },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.userId);
  }
}
