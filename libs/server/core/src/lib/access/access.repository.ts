import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommunityType, Membership } from './access-rules';

/** The facts single checks need that callers do not already hold: memberships and types. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The viewer's membership row of a community; inside `manager`'s transaction when given. */
  async membership(
    communityId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Membership | null> {
    const [row]: Membership[] = await manager.query(
      `SELECT state, role FROM community_members WHERE community_id = $1 AND user_id = $2`,
      [communityId, userId],
    );
    return row ?? null;
  }

  /** Whether the person owns at least one community (and so moderates its content). */
  async ownsAnyCommunity(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM community_members WHERE user_id = $1 AND state = 'member' AND role = 'owner' LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }

  /** A community's type, or null when there is no such community. */
  async communityType(
    communityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CommunityType | null> {
    const [row]: { type: CommunityType }[] = await manager.query(
      `SELECT type FROM communities WHERE id = $1`,
      [communityId],
    );
    return row?.type ?? null;
  }
}
