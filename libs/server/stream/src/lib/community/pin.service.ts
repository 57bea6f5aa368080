import { Injectable } from '@nestjs/common';
import { AccessPolicy, TransactionRunner, Viewer } from '@outloud/server-core';
import { PostEntity } from '../post/post.entity';
import { PostRepository } from '../post/post.repository';
import { PostService } from '../post/post.service';
import { StreamErrors } from '../stream.errors';

/** Community owners pin posts to the top of their board. */
@Injectable()
export class PinService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly posts: PostService,
    private readonly repository: PostRepository,
    private readonly policy: AccessPolicy,
  ) {}

  setPinned(viewer: Viewer, postId: string, pinned: boolean): Promise<PostEntity> {
    return this.transactions.run(async (tx) => {
      const post = await this.posts.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.pin',
        { communityId: post.communityId },
        { manager: tx, orElse: StreamErrors.cannotPin },
      );
      post.pinnedAt = pinned ? new Date() : null;
      await this.repository.setPinnedAt(tx, post.id, post.pinnedAt);
      return post;
    });
  }
}
