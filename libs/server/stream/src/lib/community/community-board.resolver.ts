import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Community } from '@outloud/communities';
import {
  AccessPolicy,
  Connection,
  CurrentViewer,
  GraphqlContext,
  PageArgs,
  Viewer,
} from '@outloud/server-core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeedService } from '../feed/feed.service';
import { Post, PostConnection, QuestionStatus } from '../post/dto/post.model';
import { toPostModel } from '../post/post.mapper';
import { PostEntity } from '../post/post.entity';
import { PostService } from '../post/post.service';
import { StreamErrors } from '../stream.errors';

/** The stream side of a community board: its posts, pinned posts and unanswered questions. */
@Resolver(() => Community)
export class CommunityBoardResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly postService: PostService,
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => PostConnection, {
    description: 'Posts and questions here, newest first (members only when restricted).',
  })
  posts(
    @Parent() community: Community,
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.discover(viewer, args, ctx.req, { communityId: community.id });
  }

  @ResolveField(() => PostConnection)
  pinnedPosts(
    @Parent() community: Community,
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.discover(viewer, args, ctx.req, {
      communityId: community.id,
      pinned: true,
    });
  }

  @ResolveField(() => PostConnection, { description: 'Questions here with no reply yet.' })
  unansweredQuestions(
    @Parent() community: Community,
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.questions(
      viewer,
      { ...args, communityId: community.id, status: QuestionStatus.UNANSWERED },
      ctx.req,
    );
  }

  @Mutation(() => Post, { description: 'Owners pin a post to the top of their community board.' })
  pinPost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return this.setPinned(viewer, id, true);
  }

  @Mutation(() => Post)
  unpinPost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return this.setPinned(viewer, id, false);
  }

  private setPinned(viewer: Viewer, postId: string, pinned: boolean): Promise<Post> {
    return this.dataSource.transaction(async (tx) => {
      const post = await this.postService.lockVisible(tx, viewer, postId);
      await this.policy.require(
        viewer,
        'post.pin',
        { communityId: post.communityId },
        { manager: tx, orElse: StreamErrors.cannotPin },
      );
      post.pinnedAt = pinned ? new Date() : null;
      await tx.update(PostEntity, { id: post.id }, { pinnedAt: post.pinnedAt });
      return toPostModel(post);
    });
  }
}
