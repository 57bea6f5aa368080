import { ResolveField, Resolver } from '@nestjs/graphql';
import { Bookmark } from '@outloud/bookmarks';
import { ModerationTargetType } from '@outloud/contracts';
import { File, FileComment } from '@outloud/files';
import { User } from '@outloud/identity';
import { AccessPolicy, GraphqlContext, requestLoader, viewerIn } from '@outloud/server-core';
import { Post, Reply } from '@outloud/stream';
import type { Request } from 'express';
import { ContentModeration } from '../dto/moderation.model';
import { toContentModeration } from '../moderation.mapper';
import { ItemRow, ModerationRepository } from '../moderation.repository';

const DESCRIPTION =
  'Why this is hidden, for its author and its moderators (the only people who see hidden content); null while it is visible.';

// `moderation` is on every card: these take GraphQL's own arguments, no parameter decorators,
// so Nest binds them directly (docs/decisions/0015).

/**
 * One query per request for every `moderation` field in a response: whoever can see hidden
 * content is its author or one of its moderators (the access policy), so the field only needs
 * the item's state.
 */
function moderationOf(
  req: Request,
  repository: ModerationRepository,
  type: ModerationTargetType,
  id: string,
): Promise<ContentModeration | null> {
  return requestLoader<string, ItemRow | null>(req, 'moderation.items', async (keys) => {
    const items = await repository.itemsByTargets(keys);
    return keys.map((k) => items.get(k) ?? null);
  })
    .load(`${type}:${id}`)
    .then(toContentModeration);
}

@Resolver(() => Post)
export class PostModerationResolver {
  constructor(private readonly repository: ModerationRepository) {}

  @ResolveField(() => ContentModeration, { nullable: true, description: DESCRIPTION })
  moderation(post: Post, _args: unknown, ctx: GraphqlContext) {
    // A list page's cards know whether their post is hidden; only hidden items have a state
    // to show (a visible item has no hidden time, a database constraint), so no query for them.
    if (post.hidden === false) return null;
    return moderationOf(ctx.req, this.repository, ModerationTargetType.POST, post.id);
  }
}

@Resolver(() => Reply)
export class ReplyModerationResolver {
  constructor(private readonly repository: ModerationRepository) {}

  @ResolveField(() => ContentModeration, { nullable: true, description: DESCRIPTION })
  moderation(reply: Reply, _args: unknown, ctx: GraphqlContext) {
    if (reply.hidden === false) return null; // as for posts: only hidden items have a state
    return moderationOf(ctx.req, this.repository, ModerationTargetType.REPLY, reply.id);
  }
}

@Resolver(() => File)
export class FileModerationResolver {
  constructor(private readonly repository: ModerationRepository) {}

  @ResolveField(() => ContentModeration, { nullable: true, description: DESCRIPTION })
  moderation(file: File, _args: unknown, ctx: GraphqlContext) {
    return moderationOf(ctx.req, this.repository, ModerationTargetType.FILE, file.id);
  }
}

@Resolver(() => FileComment)
export class FileCommentModerationResolver {
  constructor(private readonly repository: ModerationRepository) {}

  @ResolveField(() => ContentModeration, { nullable: true, description: DESCRIPTION })
  moderation(comment: FileComment, _args: unknown, ctx: GraphqlContext) {
    return moderationOf(ctx.req, this.repository, ModerationTargetType.FILE_COMMENT, comment.id);
  }
}

@Resolver(() => Bookmark)
export class BookmarkModerationResolver {
  constructor(private readonly repository: ModerationRepository) {}

  @ResolveField(() => ContentModeration, { nullable: true, description: DESCRIPTION })
  moderation(bookmark: Bookmark, _args: unknown, ctx: GraphqlContext) {
    return moderationOf(ctx.req, this.repository, ModerationTargetType.BOOKMARK, bookmark.id);
  }
}

@Resolver(() => User)
export class ProfileModerationResolver {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly policy: AccessPolicy,
  ) {}

  @ResolveField(() => ContentModeration, {
    nullable: true,
    description:
      'Why this profile’s details are hidden, for the person and site moderators only; null otherwise.',
  })
  async moderation(user: User, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    const mayKnow =
      viewer.id === user.id || (await this.policy.can(viewer, 'content.moderate', {}));
    return mayKnow
      ? moderationOf(ctx.req, this.repository, ModerationTargetType.PROFILE, user.id)
      : null;
  }
}

export const CONTENT_MODERATION_RESOLVERS = [
  ProfileModerationResolver,
  PostModerationResolver,
  ReplyModerationResolver,
  FileModerationResolver,
  FileCommentModerationResolver,
  BookmarkModerationResolver,
];
