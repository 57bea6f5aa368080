/**
 * SQL predicate over a files alias: the file is on someone's own files (public), or in a
 * community that is not restricted, or in a restricted one the viewer is a member of. It reads
 * the community's type at query time (not the stored `audience`), so turning a community
 * restricted or leaving it hides its files on the very next read, without waiting for a job.
 * Same rule as AccessPolicy.visiblePostsSql; TODO(lead): move into AccessPolicy (core).
 */
export function visibleFilesSql(alias: string, viewerParam: string): string {
  return `(${alias}.community_id IS NULL OR EXISTS (
      SELECT 1 FROM communities c_acl
       WHERE c_acl.id = ${alias}.community_id
         AND (c_acl.type <> 'restricted' OR EXISTS (
           SELECT 1 FROM community_members cm_acl
            WHERE cm_acl.community_id = c_acl.id AND cm_acl.user_id = ${viewerParam} AND cm_acl.state = 'member'))))`;
}
