import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, preparedQuery } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { SearchViewer } from './search.types';

/**
 * What the engines need to know about the viewer, read fresh on every search: current
 * memberships decide visibility, so leaving a restricted community hides its posts at once.
 * Which restricted communities' content the viewer may find comes from the access policy's
 * search scope (members see their posts and files, members and invitees the community itself).
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
         ${this.policy.searchScopeSql('$1')},
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
