import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, PageArgs, Viewer } from '@outloud/server-core';
import { FeedService } from '../feed/feed.service';
import { Post, PostConnection } from '../post/dto/post.model';
import { Tag, TagCount } from './dto/tag.model';
import { TagService } from './tag.service';

/** Hashtag pages, trends and follows of tags. */
@Resolver(() => Tag)
export class TagResolver {
  constructor(
    private readonly tags: TagService,
    private readonly feeds: FeedService,
  ) {}

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
    return this.tags.summary(viewer.id, await this.tags.follow(viewer, name, true));
  }

  @Mutation(() => Tag)
  async unfollowTag(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<Tag> {
    return this.tags.summary(viewer.id, await this.tags.follow(viewer, name, false));
  }
}
