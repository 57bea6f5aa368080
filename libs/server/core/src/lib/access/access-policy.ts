import { Injectable } from '@nestjs/common';
import { UserRole } from '@outloud/contracts';
import { Viewer } from '../auth/viewer';

/** What the policy needs to know about a post to decide who may see it. */
export interface PostAudienceFacts {
  audience: 'public' | 'members';
  communityId: string | null;
}

/**
 * The one answer to "may this viewer see this?" (DESIGN.md §5). Every read path asks it: single
 * objects through `canSeePost`, lists through `visiblePostsSql` inside their SQL, so pages never
 * have holes and counts never include what the viewer may not see.
 *
 * Audience is derived on the server: a post on a board or in an open or moderated community is
 * public; a post in a restricted community is for its members only.
 */
@Injectable()
export class AccessPolicy {
  /**
   * SQL predicate over a posts alias; `viewerParam` is the placeholder bound to the viewer's id.
   * Members-only posts need a current membership row, checked at query time, so leaving a
   * community or a community turning restricted takes effect on the very next read.
   */
  visiblePostsSql(alias: string, viewerParam: string): string {
    return `(${alias}.audience = 'public' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.community_id AND cm_acl.user_id = ${viewerParam} AND cm_acl.state = 'member'))`;
  }

  /**
   * SQL predicate over a communities alias: open and moderated communities are visible to
   * everyone; a restricted one only to its members and to people invited to it (who need its
   * name to accept). Its posts stay members-only (`visiblePostsSql`).
   */
  visibleCommunitiesSql(alias: string, viewerParam: string): string {
    return `(${alias}.type <> 'restricted' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.id AND cm_acl.user_id = ${viewerParam} AND cm_acl.state IN ('member', 'invited')))`;
  }

  /**
   * SQL predicate over a files alias: a file on someone's own files is public; a community's
   * files follow the community's type, read at query time, so turning a community restricted or
   * leaving it hides its files on the very next read.
   */
  visibleFilesSql(alias: string, viewerParam: string): string {
    return `(${alias}.community_id IS NULL OR EXISTS (
      SELECT 1 FROM communities c_acl
       WHERE c_acl.id = ${alias}.community_id
         AND (c_acl.type <> 'restricted' OR EXISTS (
           SELECT 1 FROM community_members cm_acl
            WHERE cm_acl.community_id = c_acl.id AND cm_acl.user_id = ${viewerParam} AND cm_acl.state = 'member'))))`;
  }

  /** For one post already loaded, given the viewer's member community ids. */
  canSeePost(post: PostAudienceFacts, memberOf: ReadonlySet<string>): boolean {
    return (
      post.audience === 'public' || (post.communityId !== null && memberOf.has(post.communityId))
    );
  }

  /** Moderators and admins may act on content they can see (never on content they cannot). */
  canModerate(viewer: Viewer): boolean {
    return viewer.role === UserRole.ADMIN || viewer.role === UserRole.MODERATOR;
  }
}
