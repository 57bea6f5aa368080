import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { File } from '@outloud/files';
import {
  CurrentViewer,
  GraphqlContext,
  requestLoader,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { Post } from '@outloud/stream';
import type { Request } from 'express';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarkService } from './bookmark.service';
import { Bookmark, BookmarkTargetInput, PopularBookmark } from './dto/bookmark.model';

const DESCRIPTION = 'Whether the viewer has bookmarked this (publicly or privately).';

// `viewerHasBookmarked` is on every card: it takes GraphQL's own arguments, no parameter
// decorators, so Nest binds it directly (docs/decisions/0015).

/**
 * One DataLoader per request, keyed by target key (`post:<id>`, `file:<id>`, `url:…`): every
 * `viewerHasBookmarked` in a response, whatever the type, costs one query.
 */
function savedByViewer(req: Request, repository: BookmarkRepository, viewerId: string) {
  return requestLoader<string, boolean>(req, 'bookmarks.savedByViewer', async (keys) => {
    const saved = await repository.savedByViewer(viewerId, keys);
    return keys.map((k) => saved.has(k));
  });
}

@Resolver(() => Post)
export class PostBookmarkStateResolver {
  constructor(private readonly repository: BookmarkRepository) {}

  @ResolveField(() => Boolean, { description: DESCRIPTION })
  viewerHasBookmarked(post: Post, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    if (post.writtenNow) return Promise.resolve(false); // nobody can have saved it yet
    return savedByViewer(ctx.req, this.repository, viewerIn(ctx).id).load(`post:${post.id}`);
  }
}

@Resolver(() => File)
export class FileBookmarkStateResolver {
  constructor(private readonly repository: BookmarkRepository) {}

  @ResolveField(() => Boolean, { description: DESCRIPTION })
  viewerHasBookmarked(file: File, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    return savedByViewer(ctx.req, this.repository, viewerIn(ctx).id).load(`file:${file.id}`);
  }
}

@Resolver(() => Bookmark)
export class BookmarkStateResolver {
  constructor(
    private readonly repository: BookmarkRepository,
    private readonly service: BookmarkService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has bookmarked the same link, post or file.',
  })
  viewerHasBookmarked(bookmark: Bookmark, _args: unknown, ctx: GraphqlContext): Promise<boolean> {
    return savedByViewer(ctx.req, this.repository, viewerIn(ctx).id).load(bookmark.targetKey);
  }

  @Mutation(() => Boolean, {
    description:
      "Removes the viewer's bookmark of this link, post or file (exactly one); false when there was none.",
  })
  deleteBookmarkOf(
    @CurrentViewer() viewer: Viewer,
    @Args('target') target: BookmarkTargetInput,
  ): Promise<boolean> {
    return this.service.deleteOf(viewer, { ...target });
  }
}

@Resolver(() => PopularBookmark)
export class PopularBookmarkStateResolver {
  constructor(private readonly repository: BookmarkRepository) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has bookmarked this popular link, post or file too.',
  })
  viewerHasBookmarked(
    popular: PopularBookmark,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    return savedByViewer(ctx.req, this.repository, viewerIn(ctx).id).load(
      popular.bookmark.targetKey,
    );
  }
}

export const BOOKMARK_STATE_RESOLVERS = [
  PostBookmarkStateResolver,
  FileBookmarkStateResolver,
  BookmarkStateResolver,
  PopularBookmarkStateResolver,
];
