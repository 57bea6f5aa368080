/**
 * The read rules of `access-rules.ts` as SQL, for lists and search filters: a page is filtered
 * inside its statement, so it never has holes and counts never include what the viewer may not
 * see. Membership is read at query time, so leaving a community or a community turning
 * restricted takes effect on the very next read. `viewer` is the SQL expression of the viewer's
 * id (a placeholder such as `$1`, or a column when checking for many people at once).
 *
 * The only SQL that may name `community_members` or a community's type outside the communities
 * domain (an ESLint rule enforces it); the property tests compare each predicate with the rules.
 */

/** `post.read` over a posts alias. */
export function visiblePostsSql(alias: string, viewer: string): string {
  return `(${audienceSql(alias, viewer)}
      AND ${unlessHiddenSql('post', alias, `${alias}.author_id`, `${alias}.community_id`, viewer)})`;
}

/** A post's audience rule alone (public, or members of its community). */
function audienceSql(alias: string, viewer: string): string {
  return `(${alias}.audience = 'public' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.community_id AND cm_acl.user_id = ${viewer} AND cm_acl.state = 'member'))`;
}

/**
 * `reply.read` over a replies alias and its post's alias (joined by the caller): the post is
 * visible, and the reply is not hidden unless the viewer wrote it or moderates it.
 */
export function visibleRepliesSql(alias: string, postAlias: string, viewer: string): string {
  return `(${visiblePostsSql(postAlias, viewer)}
      AND ${unlessHiddenSql('reply', alias, `${alias}.author_id`, `${postAlias}.community_id`, viewer)})`;
}

/**
 * Only the hidden-content rule for replies, for callers that already checked the post (a
 * thread's replies): not hidden, or the viewer wrote it or moderates the post's community.
 */
export function replyNotHiddenSql(alias: string, communityExpr: string, viewer: string): string {
  return unlessHiddenSql('reply', alias, `${alias}.author_id`, communityExpr, viewer);
}

/** The kinds of content moderation can hide (`moderation_items.target_type`). */
export type HideableType = 'post' | 'reply' | 'file' | 'file_comment' | 'bookmark' | 'profile';

/**
 * The ids of hidden content of one kind (hidden by a moderator or held pending review), as an
 * uncorrelated subquery: PostgreSQL hashes it once per statement, so a page of a feed pays one
 * index scan of the (small) hidden set, not a probe per row.
 */
export function hiddenIdsSql(type: HideableType): string {
  return `(SELECT h_acl.target_id FROM moderation_items h_acl
            WHERE h_acl.target_type = '${type}' AND h_acl.hidden_at IS NOT NULL)`;
}

/** "Is this piece of content hidden?" for one id expression (derived data: search, pushes). */
export function isHiddenSql(type: HideableType, idExpr: string): string {
  return `(${idExpr} IN ${hiddenIdsSql(type)})`;
}

/**
 * HIDDEN_CONTENT_READERS in SQL: not hidden, or the viewer owns it, is a site moderator or
 * admin, or owns the community it lives in.
 */
function unlessHiddenSql(
  type: HideableType,
  alias: string,
  ownerExpr: string,
  communityExpr: string | null,
  viewer: string,
): string {
  const communityOwner = communityExpr
    ? ` OR EXISTS (SELECT 1 FROM community_members cmo_acl
          WHERE cmo_acl.community_id = ${communityExpr} AND cmo_acl.user_id = ${viewer}
            AND cmo_acl.state = 'member' AND cmo_acl.role = 'owner')`
    : '';
  return `(${alias}.id NOT IN ${hiddenIdsSql(type)}
      OR ${ownerExpr} = ${viewer}
      OR ${siteModeratorSql(viewer)}${communityOwner})`;
}

/** `community.read` over a communities alias (invitees need its name to accept). */
export function visibleCommunitiesSql(alias: string, viewer: string): string {
  return `(${alias}.type <> 'restricted' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.id AND cm_acl.user_id = ${viewer} AND cm_acl.state IN ('member', 'invited')))`;
}

/** `file.read` over a files alias: a community's files follow the community's current type. */
export function visibleFilesSql(alias: string, viewer: string): string {
  return `(${fileAudienceSql(alias, viewer)}
      AND ${unlessHiddenSql('file', alias, `${alias}.owner_id`, `${alias}.community_id`, viewer)})`;
}

function fileAudienceSql(alias: string, viewer: string): string {
  return `(${alias}.community_id IS NULL OR ${communityContentVisibleSql(`${alias}.community_id`, viewer)})`;
}

/**
 * Whether the viewer may read content placed in a community (`communityExpr`, not null): it
 * exists and is not restricted, or the viewer is a member. For "could this person read a post
 * written there?" (suggested experts for a draft in a community).
 */
export function communityContentVisibleSql(communityExpr: string, viewer: string): string {
  return `EXISTS (
      SELECT 1 FROM communities c_acl
       WHERE c_acl.id = ${communityExpr}
         AND (c_acl.type <> 'restricted' OR EXISTS (
           SELECT 1 FROM community_members cm_acl
            WHERE cm_acl.community_id = c_acl.id AND cm_acl.user_id = ${viewer} AND cm_acl.state = 'member')))`;
}

/**
 * The scope of derived data about content (expertise evidence, lexicons): the public, or the one
 * restricted community whose members alone may read it. A scope is a uuid so it can key a table.
 */
export const PUBLIC_SCOPE = '00000000-0000-0000-0000-000000000000';

/**
 * The scope of a post or file row (`alias` has `audience` and `community_id`, kept by the
 * communities domain when a community's type changes): its community when only members may
 * read it, else PUBLIC_SCOPE.
 */
export function contentScopeSql(alias: string): string {
  return `(CASE WHEN ${alias}.audience = 'public' THEN '${PUBLIC_SCOPE}'::uuid ELSE ${alias}.community_id END)`;
}

/** Whether the viewer may read content of a scope made by `contentScopeSql`. */
export function visibleScopeSql(scopeExpr: string, viewer: string): string {
  return `(${scopeExpr} = '${PUBLIC_SCOPE}'::uuid OR ${scopeExpr} IN ${memberCommunitiesSql(viewer)})`;
}

/**
 * `fileComment.read` over a file comments alias and its file's alias (joined by the caller):
 * the file is visible, and the comment is not hidden unless the viewer wrote or moderates it.
 */
export function visibleFileCommentsSql(alias: string, fileAlias: string, viewer: string): string {
  return `(${visibleFilesSql(fileAlias, viewer)}
      AND ${unlessHiddenSql('file_comment', alias, `${alias}.author_id`, `${fileAlias}.community_id`, viewer)})`;
}

/**
 * `profile.readDetails` over a users alias: a person's self-description (about, job, photo) is
 * shown unless it was hidden; names and handles always show (content stays attributed).
 */
export function visibleProfileDetailsSql(alias: string, viewer: string): string {
  return unlessHiddenSql('profile', alias, `${alias}.id`, null, viewer);
}

/**
 * A bookmark over a bookmarks alias: public (or the viewer's own) AND its target still visible,
 * so a saved post or file never leaks through its bookmark.
 */
export function visibleBookmarksSql(alias: string, viewer: string): string {
  return `((${alias}.is_private = false OR ${alias}.owner_id = ${viewer})
    AND ${unlessHiddenSql('bookmark', alias, `${alias}.owner_id`, null, viewer)} AND (
      ${alias}.target_type = 'url'
      OR (${alias}.target_type = 'post' AND EXISTS (
            SELECT 1 FROM posts p_bm WHERE p_bm.id = ${alias}.post_id AND p_bm.deleted_at IS NULL
               AND ${visiblePostsSql('p_bm', viewer)}))
      OR (${alias}.target_type = 'file' AND EXISTS (
            SELECT 1 FROM files f_bm WHERE f_bm.id = ${alias}.file_id
               AND ${visibleFilesSql('f_bm', viewer)}))))`;
}

/**
 * Any piece of hideable content, by kind and id columns (moderation's queue): it still exists
 * (not deleted) and the viewer may see it under its own rule, hidden-content rule included.
 */
export function visibleContentSql(typeExpr: string, idExpr: string, viewer: string): string {
  return `(CASE ${typeExpr}
    WHEN 'post' THEN EXISTS (
      SELECT 1 FROM posts p_vc WHERE p_vc.id = ${idExpr} AND p_vc.deleted_at IS NULL
         AND ${visiblePostsSql('p_vc', viewer)})
    WHEN 'reply' THEN EXISTS (
      SELECT 1 FROM replies r_vc JOIN posts p_vr ON p_vr.id = r_vc.post_id
       WHERE r_vc.id = ${idExpr} AND r_vc.deleted_at IS NULL AND p_vr.deleted_at IS NULL
         AND ${visibleRepliesSql('r_vc', 'p_vr', viewer)})
    WHEN 'file' THEN EXISTS (
      SELECT 1 FROM files f_vc WHERE f_vc.id = ${idExpr} AND ${visibleFilesSql('f_vc', viewer)})
    WHEN 'file_comment' THEN EXISTS (
      SELECT 1 FROM file_comments c_vc JOIN files f_vf ON f_vf.id = c_vc.file_id
       WHERE c_vc.id = ${idExpr} AND ${visibleFileCommentsSql('c_vc', 'f_vf', viewer)})
    WHEN 'bookmark' THEN EXISTS (
      SELECT 1 FROM bookmarks b_vc WHERE b_vc.id = ${idExpr} AND ${visibleBookmarksSql('b_vc', viewer)})
    WHEN 'profile' THEN EXISTS (
      SELECT 1 FROM users u_vc WHERE u_vc.id = ${idExpr} AND u_vc.status = 'active')
    ELSE false END)`;
}

/** Whether the viewer is a site moderator or admin, in SQL (for many rows at once). */
export function siteModeratorSql(viewer: string): string {
  return `EXISTS (SELECT 1 FROM users u_acl WHERE u_acl.id = ${viewer} AND u_acl.role IN ('moderator', 'admin'))`;
}

/** The audience (`'public'` / `'members'`) of content in a community, from its type column. */
export function communityAudienceSql(typeColumn: string): string {
  return `CASE WHEN ${typeColumn} = 'restricted' THEN 'members' ELSE 'public' END`;
}

/** A FROM item: the ids (`community_id`) of the communities the viewer owns (moderates). */
export function moderatedCommunitiesSql(viewer: string): string {
  return `(SELECT community_id FROM community_members
            WHERE user_id = ${viewer} AND state = 'member' AND role = 'owner')`;
}

/** A FROM item: the ids (`community_id`) of the communities the viewer is a member of. */
export function memberCommunitiesSql(viewer: string): string {
  return `(SELECT community_id FROM community_members WHERE user_id = ${viewer} AND state = 'member')`;
}

/**
 * The search filter's facts as three uuid[] columns of one row, read fresh on every search:
 * `visible` restricted communities whose content the viewer may see, `listed` restricted
 * communities the viewer may see listed (members and invitees), `own` every community the viewer
 * is a member of (for ranking). Everything else in a search index is public or owner-only.
 */
export function searchScopeSql(viewer: string): string {
  return `coalesce((SELECT array_agg(c.id) FROM communities c
                    WHERE c.type = 'restricted' AND EXISTS (
                      SELECT 1 FROM community_members m WHERE m.community_id = c.id AND m.user_id = ${viewer} AND m.state = 'member')), '{}') AS visible,
         coalesce((SELECT array_agg(c.id) FROM communities c
                    WHERE c.type = 'restricted' AND ${visibleCommunitiesSql('c', viewer)}), '{}') AS listed,
         coalesce((SELECT array_agg(m.community_id) FROM community_members m
                    WHERE m.user_id = ${viewer} AND m.state = 'member'), '{}') AS own`;
}
