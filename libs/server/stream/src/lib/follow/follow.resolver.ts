import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User, UserConnection } from '@outloud/identity';
import {
  Connection,
  CurrentViewer,
  GraphqlContext,
  PageArgs,
  toConnection,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { StreamLoaders } from '../stream.loaders';
import { FollowService } from './follow.service';

/** Following people: the mutations, and followers, following and counts on people. */
@Resolver(() => User)
export class FollowResolver {
  constructor(
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

  @ResolveField(() => Int)
  async followerCount(user: User, _args: unknown, ctx: GraphqlContext): Promise<number> {
    const viewer = viewerIn(ctx);
    return (await this.loaders.followStats(ctx.req, viewer.id).load(user.id)).followers;
  }

  @ResolveField(() => Int)
  async followingCount(user: User, _args: unknown, ctx: GraphqlContext): Promise<number> {
    const viewer = viewerIn(ctx);
    return (await this.loaders.followStats(ctx.req, viewer.id).load(user.id)).following;
  }

  @ResolveField(() => Boolean)
  async viewerFollows(user: User, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    const viewer = viewerIn(ctx);
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
