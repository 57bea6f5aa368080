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
  return `(${alias}.audience = 'public' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.community_id AND cm_acl.user_id = ${viewer} AND cm_acl.state = 'member'))`;
}

/** `community.read` over a communities alias (invitees need its name to accept). */
export function visibleCommunitiesSql(alias: string, viewer: string): string {
  return `(${alias}.type <> 'restricted' OR EXISTS (
      SELECT 1 FROM community_members cm_acl
       WHERE cm_acl.community_id = ${alias}.id AND cm_acl.user_id = ${viewer} AND cm_acl.state IN ('member', 'invited')))`;
}

/** `file.read` over a files alias: a community's files follow the community's current type. */
export function visibleFilesSql(alias: string, viewer: string): string {
  return `(${alias}.community_id IS NULL OR EXISTS (
      SELECT 1 FROM communities c_acl
       WHERE c_acl.id = ${alias}.community_id
         AND (c_acl.type <> 'restricted' OR EXISTS (
           SELECT 1 FROM community_members cm_acl
            WHERE cm_acl.community_id = c_acl.id AND cm_acl.user_id = ${viewer} AND cm_acl.state = 'member'))))`;
}

/**
 * A bookmark over a bookmarks alias: public (or the viewer's own) AND its target still visible,
 * so a saved post or file never leaks through its bookmark.
 */
export function visibleBookmarksSql(alias: string, viewer: string): string {
  return `((${alias}.is_private = false OR ${alias}.owner_id = ${viewer}) AND (
      ${alias}.target_type = 'url'
      OR (${alias}.target_type = 'post' AND EXISTS (
            SELECT 1 FROM posts p_bm WHERE p_bm.id = ${alias}.post_id AND p_bm.deleted_at IS NULL
               AND ${visiblePostsSql('p_bm', viewer)}))
      OR (${alias}.target_type = 'file' AND EXISTS (
            SELECT 1 FROM files f_bm WHERE f_bm.id = ${alias}.file_id
               AND ${visibleFilesSql('f_bm', viewer)}))))`;
}

/** The audience (`'public'` / `'members'`) of content in a community, from its type column. */
export function communityAudienceSql(typeColumn: string): string {
  return `CASE WHEN ${typeColumn} = 'restricted' THEN 'members' ELSE 'public' END`;
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
