import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer, viewerIn } from '@outloud/server-core';
import { Post } from '@outloud/stream';
import { File } from './dto/file.model';
import { FileLoaders } from './file.loaders';
import { toFileModel } from './file.mapper';
import { FileRepository } from './file.repository';
import { FileService } from './file.service';

/** Files linked from posts: the post card shows them (only those the viewer may see). */
@Resolver(() => Post)
export class PostFilesResolver {
  constructor(
    private readonly service: FileService,
    private readonly loaders: FileLoaders,
    private readonly repository: FileRepository,
  ) {}

  @ResolveField(() => [File], {
    description: 'Files attached to the post that the viewer may see.',
  })
  files(post: Post, _args: unknown, ctx: GraphqlContext): Promise<File[]> {
    const viewer = viewerIn(ctx);
    return this.loaders.ofPost(ctx.req, viewer.id).load(post.id);
  }

  @Mutation(() => [File], {
    description: 'Replaces the files a post links to (author only, at most 10); returns them.',
  })
  async attachFilesToPost(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('fileIds', { type: () => [ID] }) fileIds: string[],
  ): Promise<File[]> {
    const id = await this.service.attachToPost(viewer, postId, fileIds);
    return (await this.repository.filesOfPosts([id], viewer.id)).get(id)?.map(toFileModel) ?? [];
  }
}
