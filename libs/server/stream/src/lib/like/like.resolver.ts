import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@outloud/server-core';
import { Post } from '../post/dto/post.model';
import { toPostModel } from '../post/post.mapper';
import { Reply } from '../reply/dto/reply.model';
import { toReplyModel } from '../reply/reply.mapper';
import { LikeService } from './like.service';

/** Liking posts and replies (whether the viewer likes one is a field of each). */
@Resolver()
export class LikeResolver {
  constructor(private readonly likes: LikeService) {}

  @Mutation(() => Post)
  async likePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return toPostModel(await this.likes.setPostLike(viewer, id, true));
  }

  @Mutation(() => Post)
  async unlikePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return toPostModel(await this.likes.setPostLike(viewer, id, false));
  }

  @Mutation(() => Reply)
  async likeReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Reply> {
    return toReplyModel(await this.likes.setReplyLike(viewer, id, true));
  }

  @Mutation(() => Reply)
  async unlikeReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Reply> {
    return toReplyModel(await this.likes.setReplyLike(viewer, id, false));
  }
}
