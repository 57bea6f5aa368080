import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { File, FileRepository, toFileModel } from '@outloud/files';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import {
  byKeys,
  Connection,
  CurrentViewer,
  GraphqlContext,
  IDEMPOTENCY_KEY_ARG,
  PageArgs,
  pageSize,
  requestLoader,
  toConnection,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { parseBookmarkUrl } from './bookmark-url';
import { toBookmarkModel } from './bookmark.mapper';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarkService } from './bookmark.service';
import {
  Bookmark,
  BookmarkConnection,
  CreateBookmarkInput,
  PopularBookmark,
  UpdateBookmarkInput,
} from './dto/bookmark.model';

const POPULAR_MAX = 50;
const SAVED_BY_MAX = 50;

@Resolver(() => Bookmark)
export class BookmarkResolver {
  constructor(
    private readonly service: BookmarkService,
    private readonly repository: BookmarkRepository,
    private readonly users: UserRepository,
    private readonly files: FileRepository,
  ) {}

  @Query(() => Bookmark, { nullable: true })
  async bookmark(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    const b = await this.repository.findVisible(id, viewer.id);
    return b ? toBookmarkModel(b) : null;
  }

  @Query(() => BookmarkConnection, {
    description:
      'Bookmarks the viewer may see, newest first: someone\'s ("ownerHandle") or by tag.',
  })
  async bookmarks(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Args('ownerHandle', { type: () => String, nullable: true }) ownerHandle?: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag?: string | null,
  ): Promise<Connection<Bookmark>> {
    const limit = pageSize(args.first);
    const owner = ownerHandle ? await this.users.findByHandle(ownerHandle.slice(0, 60)) : undefined;
    if (owner === null)
      return toConnection({ nodes: [], cursors: [], hasNextPage: false }, toBookmarkModel);
    const page = await this.repository.list(
      viewer.id,
      { ownerId: owner?.id, tag: tag ? normaliseTag(tag) : undefined },
      limit,
      args.after ?? null,
    );
    return toConnection(page, toBookmarkModel);
  }

  @Query(() => [PopularBookmark], {
    description: 'What most people saved (optionally with a tag).',
  })
  async popularBookmarks(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
    @Args('tag', { type: () => String, nullable: true }) tag?: string | null,
  ): Promise<PopularBookmark[]> {
    const rows = await this.repository.popular(
      viewer.id,
      Math.min(Math.max(limit ?? 10, 1), POPULAR_MAX),
      tag ? normaliseTag(tag) : undefined,
    );
    return rows.map((r) => ({ bookmark: toBookmarkModel(r.bookmark), saveCount: r.saveCount }));
  }

  @Query(() => [User], {
    description:
      'People who saved this link publicly ("who else bookmarked this"); [] for a bad link.',
  })
  async bookmarkedBy(@CurrentViewer() viewer: Viewer, @Args('url') url: string): Promise<User[]> {
    const parsed = parseBookmarkUrl(url);
    if (!parsed.ok) return [];
    return this.usersOf(await this.repository.savedBy(parsed.key, viewer.id, SAVED_BY_MAX));
  }

  @Mutation(() => Bookmark)
  async createBookmark(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateBookmarkInput,
    @Args('idempotencyKey', IDEMPOTENCY_KEY_ARG) idempotencyKey?: string | null,
  ): Promise<Bookmark> {
    return toBookmarkModel(await this.service.create(viewer, { ...input }, idempotencyKey));
  }

  @Mutation(() => Bookmark)
  async updateBookmark(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateBookmarkInput,
  ): Promise<Bookmark> {
    return toBookmarkModel(await this.service.update(viewer, id, { ...input }));
  }

  @Mutation(() => Boolean)
  async deleteBookmark(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.service.delete(viewer, id);
    return true;
  }

  @ResolveField(() => User, { nullable: true })
  owner(b: Bookmark, _args: unknown, ctx: GraphqlContext) {
    return requestLoader<string, User | null>(ctx.req, 'bookmarks.user', async (ids) =>
      byKeys(ids, (await this.users.findByIds(ids)).map(toUserModel), (u) => u.id),
    ).load(b.ownerId);
  }

  @ResolveField(() => File, { nullable: true, description: 'The saved file, when a file.' })
  file(b: Bookmark, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    if (!b.fileId) return null;
    return requestLoader<string, File | null>(ctx.req, 'bookmarks.file', async (ids) =>
      byKeys(
        ids,
        (await this.files.findVisibleByIds(ids, viewer.id)).map(toFileModel),
        (f) => f.id,
      ),
    ).load(b.fileId);
  }

  @ResolveField(() => Int, {
    description: 'Public bookmarks of the same thing, this one included.',
  })
  savedByCount(b: Bookmark, _args: unknown, ctx: GraphqlContext): Promise<number> {
    return requestLoader<string, number>(ctx.req, 'bookmarks.saveCount', async (keys) => {
      const counts = await this.repository.saveCounts(keys);
      return keys.map((k) => counts.get(k) ?? 0);
    }).load(b.targetKey);
  }

  @ResolveField(() => [User], { description: 'Other people who saved the same thing publicly.' })
  async alsoSavedBy(b: Bookmark, _args: unknown, ctx: GraphqlContext): Promise<User[]> {
    const viewer = viewerIn(ctx);
    const rows = await this.repository.savedBy(b.targetKey, viewer.id, SAVED_BY_MAX + 1);
    return this.usersOf(rows.filter((r) => r.ownerId !== b.ownerId).slice(0, SAVED_BY_MAX));
  }

  private async usersOf(rows: { ownerId: string }[]): Promise<User[]> {
    const ids = rows.map((r) => r.ownerId);
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, toUserModel(u)]));
    return ids.flatMap((id) => users.get(id) ?? []);
  }
}

function normaliseTag(tag: string): string {
  return tag.replace(/^#/, '').toLowerCase().slice(0, 40);
}
