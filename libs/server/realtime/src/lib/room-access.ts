import { Injectable } from '@nestjs/common';
import { AccessPolicy, isUuid, Viewer } from '@outloud/server-core';
import { StreamReader } from '@outloud/stream';

/**
 * May a viewer listen to a post's or a community's room? The same answer as "may the viewer see
 * the post" (or "a post in that community"), from the one AccessPolicy, against current
 * membership. Unknown and forbidden look the same to the client.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly stream: StreamReader,
    private readonly policy: AccessPolicy,
  ) {}

  async mayJoin(viewer: Viewer, room: string): Promise<boolean> {
    const [kind, id] = room.split(':');
    if (!id || !isUuid(id)) return false;
    if (kind === 'post') return this.stream.canSeeLivePost(viewer.id, id);
    if (kind === 'community') return this.policy.canSeeCommunityPosts(viewer, id);
    return false;
  }
}
