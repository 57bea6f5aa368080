import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserModel, User } from '@outloud/identity';
import {
  CurrentViewer,
  GraphqlContext,
  IDEMPOTENCY_KEY_ARG,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { Post } from '../post/dto/post.model';
import { toPostModel } from '../post/post.mapper';
import { PostRepository } from '../post/post.repository';
import { StreamErrors } from '../stream.errors';
import { StreamLoaders } from '../stream.loaders';
import { Reply, ReplyInput } from './dto/reply.model';
import { toReplyModel } from './reply.mapper';
import { ReplyService } from './reply.service';

@Resolver(() => Reply)
export class ReplyResolver {
  constructor(
    private readonly replies: ReplyService,
    private readonly posts: PostRepository,
    private readonly loaders: StreamLoaders,
  ) {}

  @Mutation(() => Reply)
  async createReply(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('input') input: ReplyInput,
    @Context() ctx: GraphqlContext,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string | null,
  ): Promise<Reply> {
    const { reply, written } = await this.replies.create(
      viewer,
      postId,
      { ...input },
      idempotencyKey,
    );
    if (!written) return toReplyModel(reply);
    // Its card from what the write read and knows: not liked, not hidden; no queries.
    this.loaders.likedReplies(ctx.req, viewer.id).prime(reply.id, false);
    for (const person of written.people)
      this.loaders.user(ctx.req).prime(person.id, toUserModel(person));
    return toReplyModel({ ...reply, hidden: false });
  }

  @Mutation(() => Reply)
  async editReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReplyInput,
  ): Promise<Reply> {
    return toReplyModel(await this.replies.edit(viewer, id, { ...input }));
  }

  @Mutation(() => Reply)
  async deleteReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Reply> {
    return toReplyModel(await this.replies.delete(viewer, id));
  }

  @ResolveField(() => User)
  async author(reply: Reply, _args: unknown, ctx: GraphqlContext): Promise<User> {
    const user = await this.loaders.user(ctx.req).load(reply.authorId);
    if (!user) throw StreamErrors.personNotFound();
    return user;
  }

  @ResolveField(() => Boolean)
  viewerHasLiked(reply: Reply, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    return this.loaders.likedReplies(ctx.req, viewerIn(ctx).id).load(reply.id);
  }

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The post this reply belongs to, if the viewer may see it.',
  })
  async post(reply: Reply, _args: unknown, ctx: GraphqlContext): Promise<Post | null> {
    const post = await this.posts.findVisible(reply.postId, viewerIn(ctx).id);
    return post ? toPostModel(post) : null;
  }
}
