import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ForbiddenError } from '../errors/app-errors';
import {
  AccessAction,
  AccessTarget,
  AccessViewer,
  Audience,
  audienceOfCommunity,
  CommunityType,
  decideAccess,
  needsMembership,
} from './access-rules';
import {
  communityAudienceSql,
  HideableType,
  isHiddenSql,
  memberCommunitiesSql,
  moderatedCommunitiesSql,
  replyNotHiddenSql,
  searchScopeSql,
  siteModeratorSql,
  visibleBookmarksSql,
  visibleContentSql,
  visibleCommunitiesSql,
  visibleFileCommentsSql,
  visibleFilesSql,
  visiblePostsSql,
  visibleProfileDetailsSql,
  visibleRepliesSql,
} from './access-sql';
import { AccessRepository } from './access.repository';

export interface RequireOptions {
  /** Read memberships inside this transaction (after the target's row lock, for instance). */
  manager?: EntityManager;
  /** The domain's own error for a refusal; a generic FORBIDDEN otherwise. */
  orElse?: () => Error;
}

/**
 * The one answer to "may this viewer see or do this?" (DESIGN.md §5), after immich's
 * `requireAccess({ auth, permission, ids })`: every service asks it, with one table of actions
 * (`ACCESS_RULES`).
 *
 * - Lists and search filters embed the read rules as SQL predicates (`visiblePostsSql`...).
 * - Single reads and every write call `require(viewer, action, target)` (or `can`), with the
 *   facts of the row they loaded; the viewer's membership is read only when a rule needs it.
 *
 * Audience is derived on the server: a post on a board or in an open or moderated community is
 * public; a post in a restricted community is for its members only (`audienceOf`).
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly repository: AccessRepository) {}

  /** Throws the domain's error (else FORBIDDEN) unless the viewer may do `action` on `target`. */
  async require(
    viewer: AccessViewer,
    action: AccessAction,
    target: AccessTarget,
    options: RequireOptions = {},
  ): Promise<void> {
    if (await this.can(viewer, action, target, options.manager)) return;
    throw options.orElse ? options.orElse() : new ForbiddenError();
  }

  /** Whether the viewer may do `action` on `target` (for fields that answer null rather than fail). */
  async can(
    viewer: AccessViewer,
    action: AccessAction,
    target: AccessTarget,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (decideAccess(viewer, action, target, null)) return true;
    if (!needsMembership(action, target)) return false;
    const membership = await this.repository.membership(target.communityId!, viewer.id, manager);
    return decideAccess(viewer, action, target, membership);
  }

  /**
   * "Would a post in this community be visible to the viewer?" (a community's live room, for
   * instance). False for a community that does not exist.
   */
  async canSeeCommunityPosts(
    viewer: AccessViewer,
    communityId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const type = await this.repository.communityType(communityId, manager);
    if (!type) return false;
    return this.can(
      viewer,
      'post.read',
      { communityId, audience: audienceOfCommunity(type) },
      manager,
    );
  }

  /** The audience of content placed in a community of this type (none: public). */
  audienceOf(type: CommunityType | string | null | undefined): Audience {
    return audienceOfCommunity(type);
  }

  /** The same, in SQL, from a community type column (null when there is no community). */
  communityAudienceSql(typeColumn: string): string {
    return communityAudienceSql(typeColumn);
  }

  /** SQL predicate over a posts alias (`post.read`). */
  visiblePostsSql(alias: string, viewer: string): string {
    return visiblePostsSql(alias, viewer);
  }

  /** SQL predicate over a replies alias and its post's alias (`reply.read`). */
  visibleRepliesSql(alias: string, postAlias: string, viewer: string): string {
    return visibleRepliesSql(alias, postAlias, viewer);
  }

  /** Only the hidden-content rule of replies, when the post was already checked (a thread). */
  replyNotHiddenSql(alias: string, communityExpr: string, viewer: string): string {
    return replyNotHiddenSql(alias, communityExpr, viewer);
  }

  /** SQL predicate over a file comments alias and its file's alias (`fileComment.read`). */
  visibleFileCommentsSql(alias: string, fileAlias: string, viewer: string): string {
    return visibleFileCommentsSql(alias, fileAlias, viewer);
  }

  /** SQL predicate over a users alias: may the viewer see this person's self-description? */
  visibleProfileDetailsSql(alias: string, viewer: string): string {
    return visibleProfileDetailsSql(alias, viewer);
  }

  /** "Is this content hidden by moderation?" (for derived data: search documents, pushes). */
  isHiddenSql(type: HideableType, idExpr: string): string {
    return isHiddenSql(type, idExpr);
  }

  /** Any hideable content by kind and id columns: it exists and the viewer may see it. */
  visibleContentSql(typeExpr: string, idExpr: string, viewer: string): string {
    return visibleContentSql(typeExpr, idExpr, viewer);
  }

  /** Whether the viewer is a site moderator or admin, in SQL. */
  siteModeratorSql(viewer: string): string {
    return siteModeratorSql(viewer);
  }

  /**
   * Whether the viewer moderates anything at all: a site moderator or admin, or the owner of a
   * community (who moderates its content). Decides who may open the review queue.
   */
  async moderatesAnything(viewer: AccessViewer, manager?: EntityManager): Promise<boolean> {
    if (decideAccess(viewer, 'content.moderate', {}, null)) return true;
    return this.repository.ownsAnyCommunity(viewer.id, manager);
  }

  /**
   * A FROM item of the communities (`community_id`) whose content the viewer moderates as an
   * owner (site moderators moderate everything they can see).
   */
  moderatedCommunitiesSql(viewer: string): string {
    return moderatedCommunitiesSql(viewer);
  }

  /** SQL predicate over a communities alias (`community.read`). */
  visibleCommunitiesSql(alias: string, viewer: string): string {
    return visibleCommunitiesSql(alias, viewer);
  }

  /** SQL predicate over a files alias (`file.read`). */
  visibleFilesSql(alias: string, viewer: string): string {
    return visibleFilesSql(alias, viewer);
  }

  /** SQL predicate over a bookmarks alias: public or own, and its target visible. */
  visibleBookmarksSql(alias: string, viewer: string): string {
    return visibleBookmarksSql(alias, viewer);
  }

  /** A FROM item of the communities (`community_id`) the viewer is a member of. */
  memberCommunitiesSql(viewer: string): string {
    return memberCommunitiesSql(viewer);
  }

  /** The search filter's facts: `visible`, `listed` and `own` community id arrays. */
  searchScopeSql(viewer: string): string {
    return searchScopeSql(viewer);
  }
}
