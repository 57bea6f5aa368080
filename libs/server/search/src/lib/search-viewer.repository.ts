import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchViewer } from './search.types';

/**
 * What the engines need to know about the viewer, read fresh on every search: current
 * memberships decide visibility, so leaving a restricted community hides its posts at once.
 */
@Injectable()
export class SearchViewerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(viewerId: string): Promise<SearchViewer> {
    const [row]: {
      visible: string[];
      own: string[];
      network: string[];
      department: string | null;
    }[] = await this.dataSource.query(
      `SELECT
         coalesce((SELECT array_agg(m.community_id) FROM community_members m JOIN communities c ON c.id = m.community_id
                    WHERE m.user_id = $1 AND m.state = 'member' AND c.type = 'restricted'), '{}') AS visible,
         coalesce((SELECT array_agg(m.community_id) FROM community_members m
                    WHERE m.user_id = $1 AND m.state = 'member'), '{}') AS own,
         coalesce((SELECT array_agg(f.followee_id) FROM follows f WHERE f.follower_id = $1), '{}') AS network,
         (SELECT u.department FROM users u WHERE u.id = $1) AS department`,
      [viewerId],
    );
    return {
      id: viewerId,
      visibleCommunityIds: row.visible,
      ownCommunityIds: row.own,
      networkUserIds: row.network,
      department: row.department,
    };
  }
}
