import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Community } from '@outloud/communities';
import { Connection, CurrentViewer, GraphqlContext, PageArgs, Viewer } from '@outloud/server-core';
import { FeedService } from '../feed/feed.service';
import { QuestionStatus } from '../feed/dto/feed.model';
import { Post, PostConnection } from '../post/dto/post.model';
import { toPostModel } from '../post/post.mapper';
import { PinService } from './pin.service';

/** The stream side of a community board: its posts, pinned posts and unanswered questions. */
@Resolver(() => Community)
export class CommunityBoardResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly pins: PinService,
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

  private async setPinned(viewer: Viewer, postId: string, pinned: boolean): Promise<Post> {
    return toPostModel(await this.pins.setPinned(viewer, postId, pinned));
  }
}
