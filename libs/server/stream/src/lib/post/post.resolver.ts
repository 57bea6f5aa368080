import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Community } from '@outloud/communities';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import {
  AccessPolicy,
  Connection,
  createdAtCursor,
  CurrentViewer,
  GraphqlContext,
  IDEMPOTENCY_KEY_ARG,
  PageArgs,
  pageSize,
  toConnection,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { QuestionsArgs } from '../feed/dto/feed.model';
import { FeedService } from '../feed/feed.service';
import { MentionRepository } from '../mention/mention.repository';
import { Reply, ReplyConnection } from '../reply/dto/reply.model';
import { toReplyModel } from '../reply/reply.mapper';
import { ReplyRepository } from '../reply/reply.repository';
import { StreamErrors } from '../stream.errors';
import { StreamLoaders } from '../stream.loaders';
import { CreatePostInput, EditPostInput } from './dto/post.inputs';
import { Post, PostConnection, PostRevision } from './dto/post.model';
import { toPostModel } from './post.mapper';
import { PostRepository } from './post.repository';
import { PostService } from './post.service';

@Resolver(() => Post)
export class PostResolver {
  constructor(
    private readonly posts: PostService,
    private readonly repository: PostRepository,
    private readonly replyRepository: ReplyRepository,
    private readonly mentionRows: MentionRepository,
    private readonly feeds: FeedService,
    private readonly loaders: StreamLoaders,
    private readonly policy: AccessPolicy,
    private readonly users: UserRepository,
  ) {}

  @Query(() => Post, {
    nullable: true,
    description: 'A post the viewer may see (deleted ones as tombstones), else null.',
  })
  async post(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post | null> {
    const post = await this.repository.findVisible(id, viewer.id);
    return post ? toPostModel(post) : null;
  }

  @Query(() => PostConnection, { description: 'Every post the viewer may see, newest first.' })
  discover(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.discover(viewer, args, ctx.req);
  }

  @Query(() => PostConnection, {
    description: 'Questions, open ones first: unanswered, then answered, then accepted.',
  })
  questions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: QuestionsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Post>> {
    return this.feeds.questions(viewer, args, ctx.req);
  }

  @Mutation(() => Post)
  async createPost(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePostInput,
    @Context() ctx: GraphqlContext,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string | null,
  ): Promise<Post> {
    const { post, written } = await this.posts.create(viewer, { ...input }, idempotencyKey);
    if (!written) return toPostModel(post);
    // Its card from what the write stored and read: no queries.
    this.loaders.tags(ctx.req).prime(post.id, written.tags);
    this.loaders.mentions(ctx.req).prime(post.id, written.mentionIds);
    this.loaders.likedPosts(ctx.req, viewer.id).prime(post.id, false);
    for (const person of written.people)
      this.loaders.user(ctx.req).prime(person.id, toUserModel(person));
    return toPostModel({ ...post, hidden: false, writtenNow: true });
  }

  @Mutation(() => Post)
  async editPost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditPostInput,
  ): Promise<Post> {
    return toPostModel(await this.posts.edit(viewer, id, { ...input }));
  }

  @Mutation(() => Post, { description: 'Leaves a tombstone; replies stay readable.' })
  async deletePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return toPostModel(await this.posts.delete(viewer, id));
  }

  @Mutation(() => Post)
  async acceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('replyId', { type: () => ID }) replyId: string,
  ): Promise<Post> {
    return toPostModel(await this.posts.accept(viewer, postId, replyId));
  }

  @Mutation(() => Post)
  async clearAcceptedAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
  ): Promise<Post> {
    return toPostModel(await this.posts.clearAccepted(viewer, postId));
  }

  // Card fields take GraphQL's own arguments, no parameter decorators: Nest binds them directly
  // instead of wrapping every call (docs/decisions/0015). `replies` keeps @Args for its schema.
  @ResolveField(() => Community, {
    nullable: true,
    description: 'The community the post is in, if any.',
  })
  community(post: Post, _args: unknown, ctx: GraphqlContext): Promise<Community | null> | null {
    return post.communityId ? this.loaders.community(ctx.req).load(post.communityId) : null;
  }

  @ResolveField(() => String, { description: 'Who can see this post, in words.' })
  async audienceLabel(post: Post, _args: unknown, ctx: GraphqlContext): Promise<string> {
    const community = post.communityId
      ? await this.loaders.community(ctx.req).load(post.communityId)
      : null;
    if (!community || this.policy.audienceOf(community.type) === 'public')
      return 'Everyone in the company can see this';
    const members = community.memberCount === 1 ? '1 member' : `${community.memberCount} members`;
    return `Only the ${members} of ${community.name} can see this`;
  }

  @ResolveField(() => User)
  async author(post: Post, _args: unknown, ctx: GraphqlContext): Promise<User> {
    const user = await this.loaders.user(ctx.req).load(post.authorId);
    if (!user) throw StreamErrors.personNotFound();
    return user;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: "Whose board the post was placed on, if not the author's.",
  })
  board(post: Post, _args: unknown, ctx: GraphqlContext): Promise<User | null> | null {
    return post.boardUserId ? this.loaders.user(ctx.req).load(post.boardUserId) : null;
  }

  @ResolveField(() => [User])
  async mentions(post: Post, _args: unknown, ctx: GraphqlContext): Promise<User[]> {
    const ids = await this.loaders.mentions(ctx.req).load(post.id);
    const users = await this.loaders.user(ctx.req).loadMany(ids);
    return users.filter((u): u is User => !!u && !(u instanceof Error));
  }

  @ResolveField(() => [User], {
    description:
      'For the author: mentioned people who cannot see this post (not members of its restricted community). They are not notified.',
  })
  async mentionedWhoCannotSee(post: Post, _args: unknown, ctx: GraphqlContext): Promise<User[]> {
    if (
      !post.communityId ||
      !(await this.policy.can(viewerIn(ctx), 'post.readUnreachableMentions', {
        ownerId: post.authorId,
      }))
    )
      return [];
    const ids = await this.mentionRows.mentionedWithoutAccess(post.id);
    return (await this.users.findByIds(ids)).map(toUserModel);
  }

  @ResolveField(() => [String])
  tags(post: Post, _args: unknown, ctx: GraphqlContext): Promise<string[]> {
    return this.loaders.tags(ctx.req).load(post.id);
  }

  @ResolveField(() => Boolean)
  viewerHasLiked(post: Post, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    return this.loaders.likedPosts(ctx.req, viewerIn(ctx).id).load(post.id);
  }

  @ResolveField(() => Reply, {
    nullable: true,
    description: 'The accepted answer, pinned under the question.',
  })
  async acceptedAnswer(post: Post, _args: unknown, ctx: GraphqlContext): Promise<Reply | null> {
    if (!post.acceptedReplyId) return null;
    const reply = await this.loaders.reply(ctx.req, viewerIn(ctx).id).load(post.acceptedReplyId);
    return reply ? toReplyModel(reply) : null;
  }

  @ResolveField(() => [PostRevision], {
    nullable: true,
    description:
      'Earlier texts, oldest first: for moderators and admins only (null for everyone else).',
  })
  async revisions(post: Post, _args: unknown, ctx: GraphqlContext): Promise<PostRevision[] | null> {
    if (!(await this.policy.can(viewerIn(ctx), 'post.readRevisions', {}))) return null;
    return this.repository.revisions(post.id);
  }

  @ResolveField(() => ReplyConnection, { description: 'Replies, oldest first.' })
  async replies(
    @Parent() post: Post,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<Reply>> {
    const limit = pageSize(first);
    const rows = await this.replyRepository.page(
      post,
      viewer.id,
      limit,
      createdAtCursor.decode(after),
    );
    return toConnection(
      createdAtCursor.page(rows, limit, (r) => r),
      toReplyModel,
    );
  }
}
