import { UserRole } from '@outloud/contracts';

/**
 * The one table of who may do what (DESIGN.md §5). A rule is a list of grants; any one of them
 * allows the action. Reads of lists use the SQL predicates in `access-sql.ts`, which the property
 * tests keep equal to the read rules here; single reads and every write ask `AccessPolicy.require`.
 *
 * Writes are asked after the target was loaded through a visibility predicate, so an invisible
 * target is NOT_FOUND before any permission is considered (no existence leak).
 */

export type CommunityType = 'open' | 'moderated' | 'restricted';
export type Audience = 'public' | 'members';

/** The viewer's row in `community_members` for the target's community, if any. */
export interface Membership {
  state: 'member' | 'requested' | 'invited';
  role: 'member' | 'owner';
}

/** What a rule may look at; callers pass the facts of the row they loaded. */
export interface AccessTarget {
  /** Whose it is: a post's or reply's author, a file's or bookmark's owner, a person themself. */
  ownerId?: string | null;
  /** The community it lives in, or the community itself. */
  communityId?: string | null;
  /** The community's type, for rules that depend on it. */
  communityType?: CommunityType | null;
  /** A post's audience, derived from its community's type when it was written. */
  audience?: Audience | null;
  /** Whose the thing it hangs under is: a file comment's file. */
  parentOwnerId?: string | null;
  /**
   * Hidden by a moderator or held by reports pending review (moderation): besides its own rule,
   * only `HIDDEN_CONTENT_READERS` may see it.
   */
  hidden?: boolean | null;
}

export interface AccessViewer {
  id: string;
  role: UserRole;
}

/** The facts a grant is decided on: about the viewer, the target, and the viewer's membership. */
const GRANTS = {
  /** The viewer wrote or owns the target. */
  owner: (v: AccessViewer, t: AccessTarget) => !!t.ownerId && t.ownerId === v.id,
  /** The viewer owns what the target hangs under. */
  parentOwner: (v: AccessViewer, t: AccessTarget) => !!t.parentOwnerId && t.parentOwnerId === v.id,
  /** Site moderators and admins act on content they can see (never on content they cannot). */
  siteModerator: (v: AccessViewer) => v.role === UserRole.MODERATOR || v.role === UserRole.ADMIN,
  siteAdmin: (v: AccessViewer) => v.role === UserRole.ADMIN,
  publicAudience: (_v: AccessViewer, t: AccessTarget) => t.audience === 'public',
  noCommunity: (_v: AccessViewer, t: AccessTarget) => !t.communityId,
  openCommunity: (_v: AccessViewer, t: AccessTarget) => t.communityType === 'open',
  unrestrictedCommunity: (_v: AccessViewer, t: AccessTarget) =>
    !!t.communityType && t.communityType !== 'restricted',
  communityMember: (_v: AccessViewer, t: AccessTarget, m: Membership | null) =>
    !!t.communityId && m?.state === 'member',
  communityOwner: (_v: AccessViewer, t: AccessTarget, m: Membership | null) =>
    !!t.communityId && m?.state === 'member' && m.role === 'owner',
  communityInvitee: (_v: AccessViewer, t: AccessTarget, m: Membership | null) =>
    !!t.communityId && m?.state === 'invited',
  /** Any signed-in person (every request that reaches a rule has a viewer). */
  signedIn: () => true,
} satisfies Record<
  string,
  (viewer: AccessViewer, target: AccessTarget, membership: Membership | null) => boolean
>;

export type Grant = keyof typeof GRANTS;

/** Grants that need the viewer's membership of the target's community (one query). */
const MEMBERSHIP_GRANTS = new Set<Grant>(['communityMember', 'communityOwner', 'communityInvitee']);

/** The table. Keep it short: one line per action, grants in the order they are cheapest to decide. */
export const ACCESS_RULES = {
  // Reads. Lists apply the same rules in SQL (access-sql.ts).
  /** A post: public, or members-only for the members of its (restricted) community. */
  'post.read': ['publicAudience', 'communityMember'],
  /** A community: open and moderated ones to everyone; restricted ones to members and invitees. */
  'community.read': ['unrestrictedCommunity', 'communityMember', 'communityInvitee'],
  /** A reply: whoever may read its post (target: the post's facts, the reply's author). */
  'reply.read': ['publicAudience', 'communityMember'],
  /** A file: on someone's own files, or in a community whose posts the viewer may see. */
  'file.read': ['noCommunity', 'unrestrictedCommunity', 'communityMember'],
  /** A comment on a file: whoever may read the file (target: the file's facts). */
  'fileComment.read': ['noCommunity', 'unrestrictedCommunity', 'communityMember'],
  /** A person's self-description (about, job, photo); names and handles are never hidden. */
  'profile.readDetails': ['signedIn'],
  /** Earlier texts of posts, kept on edit and delete. */
  'post.readRevisions': ['siteModerator'],
  /** Which mentioned people cannot see a post: for its author. */
  'post.readUnreachableMentions': ['owner'],
  'user.readEmail': ['owner', 'siteAdmin'],

  // Writes.
  'post.edit': ['owner'],
  'post.delete': ['owner', 'siteModerator'],
  /** Accept (or clear) the answer of a question. */
  'post.acceptAnswer': ['owner', 'siteModerator'],
  'post.pin': ['communityOwner'],
  'post.attachFiles': ['owner'],
  'reply.edit': ['owner'],
  'reply.delete': ['owner', 'siteModerator'],
  /** Post (or upload) into a community: anyone who sees an open one; members elsewhere. */
  'community.postTo': ['openCommunity', 'communityMember'],
  /** Join (or ask to) without an invitation. */
  'community.joinUninvited': ['unrestrictedCommunity'],
  'community.edit': ['siteAdmin', 'communityOwner'],
  /** Requests, invitations, removals and roles. */
  'community.manageMembers': ['communityOwner'],
  /** Give a community whose owners have all left a new owner (leaver handover). */
  'community.assignOwner': ['siteAdmin'],
  'file.edit': ['owner'],
  'file.delete': ['owner', 'siteModerator'],
  /** Give a former colleague's files a new owner (versions, likes and downloads stay). */
  'file.transferOwner': ['siteAdmin'],
  'fileComment.delete': ['owner', 'parentOwner'],
  'bookmark.edit': ['owner'],
  /**
   * Review reports and hide, restore, dismiss or delete content (moderation): site moderators
   * and admins, and a community's owners for what lives in their community — always on content
   * the viewer may see (loaded through a visibility predicate first).
   */
  'content.moderate': ['siteModerator', 'communityOwner'],
  /** People, roles, instance settings, the content policy, the audit log and analytics. */
  'site.administer': ['siteAdmin'],
} as const satisfies Record<string, readonly Grant[]>;

export type AccessAction = keyof typeof ACCESS_RULES;

export const ACCESS_ACTIONS = Object.keys(ACCESS_RULES) as AccessAction[];

/**
 * Hidden content (moderation): who still sees it — its author or owner, site moderators and
 * admins, and the owners of the community it lives in. Applies on top of the read rule, so a
 * site moderator outside a restricted community still does not see its hidden posts.
 */
export const HIDDEN_CONTENT_READERS = [
  'owner',
  'siteModerator',
  'communityOwner',
] as const satisfies readonly Grant[];

/** The reads that hiding restricts (the same condition is in every SQL predicate of these). */
export const HIDDEN_RESTRICTED_ACTIONS: ReadonlySet<AccessAction> = new Set<AccessAction>([
  'post.read',
  'reply.read',
  'file.read',
  'fileComment.read',
  'profile.readDetails',
]);

function restrictedByHiding(action: AccessAction, target: AccessTarget): boolean {
  return !!target.hidden && HIDDEN_RESTRICTED_ACTIONS.has(action);
}

/** Whether deciding this action for this target may need the viewer's membership. */
export function needsMembership(action: AccessAction, target: AccessTarget): boolean {
  if (!target.communityId) return false;
  const grants: readonly Grant[] = restrictedByHiding(action, target)
    ? [...ACCESS_RULES[action], ...HIDDEN_CONTENT_READERS]
    : ACCESS_RULES[action];
  return grants.some((g) => MEMBERSHIP_GRANTS.has(g));
}

/**
 * Decides one action from facts, without I/O. With `membership` null, only grants that need no
 * membership can allow it: the policy asks that first and loads the membership only when
 * `needsMembership` says it could still change the answer.
 */
export function decideAccess(
  viewer: AccessViewer,
  action: AccessAction,
  target: AccessTarget,
  membership: Membership | null,
): boolean {
  const allowed = ACCESS_RULES[action].some((g: Grant) => GRANTS[g](viewer, target, membership));
  if (!allowed || !restrictedByHiding(action, target)) return allowed;
  return HIDDEN_CONTENT_READERS.some((g: Grant) => GRANTS[g](viewer, target, membership));
}

/** A post's audience follows its community's type: members only in a restricted community. */
export function audienceOfCommunity(type: CommunityType | string | null | undefined): Audience {
  return type === 'restricted' ? 'members' : 'public';
}
