import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@outloud/identity';
import { Connection, CurrentViewer, GraphqlContext, PageArgs, Viewer } from '@outloud/server-core';
import { Post, PostConnection } from '../post/dto/post.model';
import { StreamLoaders } from '../stream.loaders';
import { FeedConnection, FeedReason, FeedReasonKind } from './dto/feed.model';
import { FeedService } from './feed.service';

@Resolver(() => FeedReason)
export class FeedResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly loaders: StreamLoaders,
  ) {}

  @Query(() => FeedConnection, {
    description:
      'Posts by people I follow, mentioning me or them, with tags I follow, in my communities, on my board; each once, with why.',
  })
  homeFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<FeedConnection> {
    return this.feeds.home(viewer, args, ctx.req);
  }

  @ResolveField(() => User, { nullable: true })
  user(reason: FeedReason, _args: unknown, ctx: GraphqlContext): Promise<User | null> | null {
    return reason.userId ? this.loaders.user(ctx.req).load(reason.userId) : null;
  }

  @ResolveField(() => String)
  async label(reason: FeedReason, _args: unknown, ctx: GraphqlContext): Promise<string> {
    const who = reason.userId
      ? ((await this.loaders.user(ctx.req).load(reason.userId))?.displayName ?? 'someone')
      : '';
    switch (reason.kind) {
      case FeedReasonKind.OWN:
        return 'your post';
      case FeedReasonKind.FOLLOWING:
        return `you follow ${who}`;
      case FeedReasonKind.MENTIONED_YOU:
        return 'mentioned you';
      case FeedReasonKind.MENTIONED_FOLLOWED:
        return `mentioned ${who}`;
      case FeedReasonKind.TAG:
        return `in #${reason.tag}`;
      case FeedReasonKind.COMMUNITY: {
        const community = reason.communityId
          ? await this.loaders.community(ctx.req).load(reason.communityId)
          : null;
        return community ? `in ${community.name}` : 'in your community';
      }
      case FeedReasonKind.BOARD:
        return 'on your board';
    }
  }
}

/** A person's board: their posts, posts on their board and posts mentioning them. */
@Resolver(() => User)
export class UserBoardResolver {
  constructor(private readonly feeds: FeedService) {}

  @ResolveField(() => PostConnection, {
    description:
      'Their posts, posts on their board and posts mentioning them, that the viewer may see.',
  })
  board(
    @Parent() user: User,
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.board(viewer, user.id, args, ctx.req);
  }
}
