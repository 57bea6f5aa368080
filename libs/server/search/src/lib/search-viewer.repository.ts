import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { SearchViewer } from './search.types';

/**
 * What the engines need to know about the viewer, read fresh on every search: current
 * memberships decide visibility, so leaving a restricted community hides its posts at once.
 * Restricted communities come from the access policy: members see their posts and files,
 * members and invitees see the community itself.
 */
@Injectable()
export class SearchViewerRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async load(viewerId: string): Promise<SearchViewer> {
    const [row]: {
      visible: string[];
      listed: string[];
      own: string[];
      network: string[];
      department: string | null;
    }[] = await preparedQuery(
      this.dataSource,
      `SELECT
         coalesce((SELECT array_agg(c.id) FROM communities c
                    WHERE c.type = 'restricted' AND EXISTS (
                      SELECT 1 FROM community_members m WHERE m.community_id = c.id AND m.user_id = $1 AND m.state = 'member')), '{}') AS visible,
         coalesce((SELECT array_agg(c.id) FROM communities c
                    WHERE c.type = 'restricted' AND ${this.policy.visibleCommunitiesSql('c', '$1')}), '{}') AS listed,
         coalesce((SELECT array_agg(m.community_id) FROM community_members m
                    WHERE m.user_id = $1 AND m.state = 'member'), '{}') AS own,
         coalesce((SELECT array_agg(f.followee_id) FROM follows f WHERE f.follower_id = $1), '{}') AS network,
         (SELECT u.department FROM users u WHERE u.id = $1) AS department`,
      [viewerId],
    );
    return {
      id: viewerId,
      visibleCommunityIds: row.visible,
      listedCommunityIds: row.listed,
      ownCommunityIds: row.own,
      networkUserIds: row.network,
      department: row.department,
    };
  }
}
