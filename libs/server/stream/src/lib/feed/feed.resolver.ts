import {
  Args,
  Context,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Mutation,
} from '@nestjs/graphql';
import { User, UserConnection } from '@outloud/identity';
import {
  Connection,
  CurrentViewer,
  GraphqlContext,
  PageArgs,
  toConnection,
  Viewer,
} from '@outloud/server-core';
import { FollowService } from '../follow/follow.service';
import {
  FeedConnection,
  FeedReason,
  FeedReasonKind,
  Post,
  PostConnection,
  Tag,
  TagCount,
} from '../post/dto/post.model';
import { StreamLoaders } from '../stream.loaders';
import { TagService } from '../tag/tag.service';
import { FeedService } from './feed.service';

@Resolver(() => FeedReason)
export class FeedResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly tags: TagService,
    private readonly follows: FollowService,
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

  @Query(() => Tag)
  tag(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<Tag> {
    return this.tags.summary(viewer.id, name);
  }

  @Query(() => PostConnection, { description: 'Posts with a tag, newest first.' })
  taggedPosts(
    @CurrentViewer() viewer: Viewer,
    @Args('tag') tag: string,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.discover(viewer, args, ctx.req, { tag: this.tags.normalise(tag) });
  }

  @Query(() => [TagCount], { description: 'Most used tags of the last 7 days.' })
  trendingTags(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ): Promise<TagCount[]> {
    return this.tags.trending(viewer.id, limit);
  }

  @Mutation(() => Tag)
  async followTag(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<Tag> {
    return this.tags.summary(viewer.id, await this.follows.followTag(viewer, name, true));
  }

  @Mutation(() => Tag)
  async unfollowTag(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<Tag> {
    return this.tags.summary(viewer.id, await this.follows.followTag(viewer, name, false));
  }

  @ResolveField(() => User, { nullable: true })
  user(@Parent() reason: FeedReason, @Context() ctx: GraphqlContext): Promise<User | null> | null {
    return reason.userId ? this.loaders.user(ctx.req).load(reason.userId) : null;
  }

  @ResolveField(() => String)
  async label(@Parent() reason: FeedReason, @Context() ctx: GraphqlContext): Promise<string> {
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

/** Stream fields on people: board, followers, following and counts. */
@Resolver(() => User)
export class UserStreamFieldsResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly follows: FollowService,
    private readonly loaders: StreamLoaders,
  ) {}

  @Mutation(() => User)
  async followUser(
    @CurrentViewer() viewer: Viewer,
    @Args('handle') handle: string,
    @Context() ctx: GraphqlContext,
  ): Promise<User> {
    return (await this.loaders
      .user(ctx.req)
      .load(await this.follows.followUser(viewer, handle, true)))!;
  }

  @Mutation(() => User)
  async unfollowUser(
    @CurrentViewer() viewer: Viewer,
    @Args('handle') handle: string,
    @Context() ctx: GraphqlContext,
  ): Promise<User> {
    return (await this.loaders
      .user(ctx.req)
      .load(await this.follows.followUser(viewer, handle, false)))!;
  }

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

  @ResolveField(() => Int)
  async followerCount(
    @Parent() user: User,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return (await this.loaders.followStats(ctx.req, viewer.id).load(user.id)).followers;
  }

  @ResolveField(() => Int)
  async followingCount(
    @Parent() user: User,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return (await this.loaders.followStats(ctx.req, viewer.id).load(user.id)).following;
  }

  @ResolveField(() => Boolean)
  async viewerFollows(
    @Parent() user: User,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return (await this.loaders.followStats(ctx.req, viewer.id).load(user.id)).viewerFollows;
  }

  @ResolveField(() => UserConnection)
  followers(
    @Parent() user: User,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<User>> {
    return this.people(user.id, 'followers', args, ctx);
  }

  @ResolveField(() => UserConnection)
  following(
    @Parent() user: User,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<User>> {
    return this.people(user.id, 'following', args, ctx);
  }

  private async people(
    userId: string,
    direction: 'followers' | 'following',
    args: PageArgs,
    ctx: GraphqlContext,
  ): Promise<Connection<User>> {
    const page = await this.follows.list(userId, direction, args);
    const users = await this.loaders.user(ctx.req).loadMany(page.nodes.map((n) => n.userId));
    const byId = new Map(
      users.filter((u): u is User => !!u && !(u instanceof Error)).map((u) => [u.id, u]),
    );
    return toConnection(page, (n) => byId.get(n.userId)!);
  }
}
