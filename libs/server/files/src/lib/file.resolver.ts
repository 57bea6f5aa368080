import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Community } from '@outloud/communities';
import { User, UserRepository } from '@outloud/identity';
import {
  Connection,
  CurrentViewer,
  GraphqlContext,
  isUuid,
  PageArgs,
  pageSize,
  toConnection,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import {
  File,
  FileComment,
  FileConnection,
  FilePopularity,
  FileVersion,
  UpdateFileInput,
} from './dto/file.model';
import { FileLoaders } from './file.loaders';
import { toFileCommentModel, toFileModel, toFileVersionModel } from './file.mapper';
import { FileRepository } from './file.repository';
import { FileService } from './file.service';

const POPULAR_MAX = 50;
const COMMENTS_MAX = 200;

@Resolver(() => File)
export class FileResolver {
  constructor(
    private readonly service: FileService,
    private readonly repository: FileRepository,
    private readonly loaders: FileLoaders,
    private readonly users: UserRepository,
  ) {}

  @Query(() => File, { nullable: true, description: 'A file the viewer may see, else null.' })
  async file(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<File | null> {
    const file = await this.repository.findVisible(id, viewer.id);
    return file ? toFileModel(file) : null;
  }

  @Query(() => FileConnection, {
    description:
      'Files the viewer may see, newest first: someone\'s ("ownerHandle"), a community\'s, or with a tag.',
  })
  async files(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
    @Args('ownerHandle', { type: () => String, nullable: true }) ownerHandle?: string | null,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag?: string | null,
  ): Promise<Connection<File>> {
    const limit = pageSize(args.first);
    const owner = ownerHandle ? await this.users.findByHandle(ownerHandle.slice(0, 60)) : undefined;
    if (owner === null || (communityId && !isUuid(communityId)))
      return toConnection({ nodes: [], cursors: [], hasNextPage: false }, toFileModel);
    const page = await this.repository.list(
      viewer.id,
      {
        ownerId: owner?.id,
        communityId: communityId ?? undefined,
        tag: tag ? tag.replace(/^#/, '').toLowerCase().slice(0, 40) : undefined,
      },
      limit,
      args.after ?? null,
    );
    return toConnection(page, toFileModel);
  }

  @Query(() => [File], {
    description:
      'The de-facto standard documents: most downloaded or most liked, company-wide or in a community.',
  })
  async popularFiles(
    @CurrentViewer() viewer: Viewer,
    @Args('by', { type: () => FilePopularity }) by: FilePopularity,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string | null,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<File[]> {
    if (communityId && !isUuid(communityId)) return [];
    const rows = await this.repository.popular(
      viewer.id,
      by,
      Math.min(Math.max(limit ?? 10, 1), POPULAR_MAX),
      communityId ?? undefined,
    );
    return rows.map(toFileModel);
  }

  @Mutation(() => File)
  async updateFile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateFileInput,
  ): Promise<File> {
    return toFileModel(await this.service.update(viewer, id, { ...input }));
  }

  @Mutation(() => File, { description: 'Deletes every version; unused blobs are removed.' })
  async deleteFile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<File> {
    return toFileModel(await this.service.delete(viewer, id));
  }

  @Mutation(() => File)
  async likeFile(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toFileModel(await this.service.setLike(viewer, id, true));
  }

  @Mutation(() => File)
  async unlikeFile(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toFileModel(await this.service.setLike(viewer, id, false));
  }

  @Mutation(() => FileComment)
  async commentOnFile(
    @CurrentViewer() viewer: Viewer,
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('body') body: string,
  ): Promise<FileComment> {
    return toFileCommentModel(await this.service.comment(viewer, fileId, body));
  }

  @Mutation(() => Boolean)
  async deleteFileComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.service.deleteComment(viewer, id);
    return true;
  }

  @ResolveField(() => User, { nullable: true })
  owner(file: File, _args: unknown, ctx: GraphqlContext) {
    return this.loaders.user(ctx.req).load(file.ownerId);
  }

  @ResolveField(() => Community, { nullable: true, description: 'Null when in personal files.' })
  community(file: File, _args: unknown, ctx: GraphqlContext) {
    return file.communityId ? this.loaders.community(ctx.req).load(file.communityId) : null;
  }

  @ResolveField(() => Boolean)
  viewerHasLiked(file: File, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    const viewer = viewerIn(ctx);
    return this.loaders.liked(ctx.req, viewer.id).load(file.id);
  }

  @ResolveField(() => [FileVersion], { description: 'Newest first.' })
  async versions(file: File): Promise<FileVersion[]> {
    return (await this.repository.versions(file.id)).map(toFileVersionModel);
  }

  @ResolveField(() => [FileComment], { description: 'Oldest first (at most 200).' })
  async comments(file: File, _args: unknown, ctx: GraphqlContext): Promise<FileComment[]> {
    const viewer = viewerIn(ctx);
    return (await this.repository.comments(file.id, viewer.id, COMMENTS_MAX)).map(
      toFileCommentModel,
    );
  }
}

@Resolver(() => FileVersion)
export class FileVersionResolver {
  constructor(private readonly loaders: FileLoaders) {}

  @ResolveField(() => User, { nullable: true })
  uploadedBy(version: FileVersion, _args: unknown, ctx: GraphqlContext) {
    return this.loaders.user(ctx.req).load(version.uploadedById);
  }
}

@Resolver(() => FileComment)
export class FileCommentResolver {
  constructor(private readonly loaders: FileLoaders) {}

  @ResolveField(() => User, { nullable: true })
  author(comment: FileComment, _args: unknown, ctx: GraphqlContext) {
    return this.loaders.user(ctx.req).load(comment.authorId);
  }
}
