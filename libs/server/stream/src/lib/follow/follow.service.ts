import { Injectable } from '@nestjs/common';
import { UserRepository } from '@outloud/identity';
import {
  cursorCodec,
  OutboxService,
  Page,
  pageSize,
  TransactionRunner,
  Viewer,
} from '@outloud/server-core';
import { StreamErrors } from '../stream.errors';
import { FollowRepository, FollowStats } from './follow.repository';

/** Following people. */
/** Follow lists are newest first, then by the person's id. */
const FOLLOW_CURSOR = cursorCodec({ createdAt: 'timestamp', userId: 'uuid' });

@Injectable()
export class FollowService {
  constructor(
    private readonly follows: FollowRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  /** Follows (or unfollows) a person by handle; returns their id. */
  async followUser(viewer: Viewer, handle: string, follow: boolean): Promise<string> {
    const target = await this.users.idAndStatusByHandle(handle.slice(0, 60));
    if (!target || (follow && target.status !== 'active')) throw StreamErrors.personNotFound();
    if (target.id === viewer.id) throw StreamErrors.followSelf();
    await this.transactions.run(async (tx) => {
      if (!(await this.follows.set(tx, viewer.id, target.id, follow)))
        throw follow ? StreamErrors.alreadyFollowing() : StreamErrors.notFollowing();
      // Live "new posts" banners reach followers through a room per person followed.
      await this.outbox.enqueue(tx, 'stream.follow.changed', {
        followerId: viewer.id,
        followeeId: target.id,
      });
    });
    return target.id;
  }

  /** Followers (direction 'followers') or followees ('following') of a person, newest first. */
  async list(
    userId: string,
    direction: 'followers' | 'following',
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<{ userId: string; createdAt: string }>> {
    const limit = pageSize(args.first);
    const after = FOLLOW_CURSOR.decode(args.after);
    const rows = await this.follows.page(userId, direction, limit + 1, after);
    return FOLLOW_CURSOR.page(
      rows.map((r) => ({ userId: r.userId, createdAt: new Date(r.createdAt).toISOString() })),
      limit,
      (r) => r,
    );
  }

  stats(viewerId: string, userIds: readonly string[]): Promise<Map<string, FollowStats>> {
    return this.follows.stats(viewerId, userIds);
  }
}
