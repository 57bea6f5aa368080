import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { ModerationTargetType } from '@outloud/contracts';
import { File, FileRepository, toFileModel } from '@outloud/files';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import {
  byKeys,
  Connection,
  CurrentViewer,
  GraphqlContext,
  requestLoader,
  requestState,
  toConnection,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { Post, PostRepository, Reply, StreamReader, toPostModel } from '@outloud/stream';
import type { Request } from 'express';
import {
  ContentModeration,
  ContentReport,
  ModerationAuthorHistory,
  ModerationItem,
  ModerationItemConnection,
  ModerationQueueArgs,
  ReportContentInput,
  ReportNote,
  ReportReasonCount,
} from './dto/moderation.model';
import { ModerationTargets } from './moderation-targets';
import { toContentModeration, toModerationItem } from './moderation.mapper';
import { AuthorHistory, ModerationRepository, ReportSummary } from './moderation.repository';
import { ModerationQueueService } from './queue/moderation-queue.service';
import { ReportService } from './report/report.service';
import { ReviewService } from './review/review.service';

const context = (ctx: GraphqlContext) => auditContextOf(requestState(ctx.req));

/** Reports, the review queue and moderators' decisions. */
@Resolver(() => ModerationItem)
export class ModerationResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly review: ReviewService,
    private readonly queue: ModerationQueueService,
    private readonly repository: ModerationRepository,
    private readonly targets: ModerationTargets,
    private readonly posts: PostRepository,
    private readonly stream: StreamReader,
    private readonly files: FileRepository,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => ContentReport, {
    description:
      'Reports content the viewer can see (else NOT_FOUND, as for a missing id). One open report per person per item: reporting again updates it.',
  })
  async reportContent(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportContentInput,
  ): Promise<ContentReport> {
    const filed = await this.reports.report(viewer, { ...input });
    return { id: filed.id, reason: filed.reason, note: filed.note, created: filed.created };
  }

  @Query(() => ModerationItemConnection, {
    description:
      'Moderators and admins: every waiting item they can see; community owners: their communities. Oldest first.',
  })
  async moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ModerationQueueArgs,
  ): Promise<Connection<ModerationItem>> {
    return toConnection(await this.queue.page(viewer, args), toModerationItem);
  }

  @Query(() => Int, {
    nullable: true,
    description:
      'How many items wait in the viewer’s review queue; null for people who moderate nothing.',
  })
  moderationQueueCount(@CurrentViewer() viewer: Viewer): Promise<number | null> {
    return this.queue.count(viewer);
  }

  @Query(() => ModerationItem, { description: 'One item, for a moderator who may act on it.' })
  async moderationItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ModerationItem> {
    return toModerationItem(await this.queue.item(viewer, id));
  }

  @Mutation(() => ModerationItem, {
    description:
      'Hides it from everyone but its author and its moderators, with a reason the author is told. Already hidden: nothing changes.',
  })
  async hideContent(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ModerationItem> {
    return toModerationItem(await this.review.hide(viewer, itemId, reason, context(ctx)));
  }

  @Mutation(() => ModerationItem, { description: 'Visible again; open reports are closed.' })
  async restoreContent(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ModerationItem> {
    return toModerationItem(await this.review.restore(viewer, itemId, note, context(ctx)));
  }

  @Mutation(() => ModerationItem, {
    description:
      'Closes the open reports (nothing was wrong); an item held only by them is visible again.',
  })
  async dismissReports(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ModerationItem> {
    return toModerationItem(await this.review.dismiss(viewer, itemId, note, context(ctx)));
  }

  @Mutation(() => ModerationItem, {
    description:
      'Deletes it (a tombstone for posts and replies), with a reason the author is told.',
  })
  async deleteContent(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ModerationItem> {
    return toModerationItem(await this.review.delete(viewer, itemId, reason, context(ctx)));
  }

  @Mutation(() => ContentModeration, {
    description: 'The author of hidden content asks the moderators to look at it again.',
  })
  async requestModerationReview(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ContentModeration> {
    const item = await this.review.requestReview(viewer, itemId, note, context(ctx));
    return toContentModeration(item)!;
  }

  @ResolveField(() => Int, { description: 'Open reports on it.' })
  async reportCount(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    return (await this.summary(ctx.req, item.id))?.openCount ?? 0;
  }

  @ResolveField(() => [ReportReasonCount], {
    description: 'Why it was reported, most often first.',
  })
  async reasons(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    return (await this.summary(ctx.req, item.id))?.reasons ?? [];
  }

  @ResolveField(() => [ReportNote], { description: "The open reports' notes, newest first." })
  async notes(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    return (await this.summary(ctx.req, item.id))?.notes ?? [];
  }

  @ResolveField(() => User, { nullable: true })
  async author(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    return this.user(ctx.req, item.authorId);
  }

  @ResolveField(() => ModerationAuthorHistory)
  async authorHistory(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    const loader = requestLoader<string, AuthorHistory | null>(
      ctx.req,
      'moderation.authorHistory',
      async (ids) =>
        byKeys(ids, [...(await this.repository.authorHistories(ids)).values()], (h) => h.authorId),
    );
    return (await loader.load(item.authorId)) ?? { everHidden: 0, stillHidden: 0, deleted: 0 };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The content as text (null when the viewer can no longer see it).',
  })
  async excerpt(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    return (await this.targets.load(viewer, item.targetType, item.targetId))?.excerpt ?? null;
  }

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The thread it is in: the post, or the reply’s post (with its replies).',
  })
  async post(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    if (!item.postId) return null;
    const post = await this.posts.findVisible(item.postId, viewer.id);
    return post ? toPostModel(post) : null;
  }

  @ResolveField(() => Reply, { nullable: true })
  async reply(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    if (item.targetType !== ModerationTargetType.REPLY) return null;
    const [reply] = await this.stream.visibleReplies([item.targetId], viewer.id);
    return reply ?? null;
  }

  @ResolveField(() => File, {
    nullable: true,
    description: 'The file, or the file a comment is on.',
  })
  async file(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    if (!item.fileId) return null;
    const file = await this.files.findVisible(item.fileId, viewer.id);
    return file ? toFileModel(file) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The profile, when one was reported.' })
  async profile(item: ModerationItem, _args: unknown, ctx: GraphqlContext) {
    return item.targetType === ModerationTargetType.PROFILE
      ? this.user(ctx.req, item.targetId)
      : null;
  }

  private summary(req: Request, itemId: string) {
    return requestLoader<string, ReportSummary | null>(req, 'moderation.summary', async (ids) =>
      byKeys(ids, [...(await this.repository.reportSummaries(ids)).values()], (s) => s.itemId),
    ).load(itemId);
  }

  private user(req: Request, id: string) {
    return requestLoader<string, User | null>(req, 'moderation.user', async (ids) =>
      byKeys(ids, (await this.users.findByIds(ids)).map(toUserModel), (u) => u.id),
    ).load(id);
  }
}
