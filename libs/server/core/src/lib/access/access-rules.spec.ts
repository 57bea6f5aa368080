import fc from 'fast-check';
import { UserRole } from '@outloud/contracts';
import {
  ACCESS_ACTIONS,
  AccessAction,
  AccessTarget,
  AccessViewer,
  audienceOfCommunity,
  CommunityType,
  decideAccess,
  Membership,
  needsMembership,
} from './access-rules';

/**
 * The reference model: the product's rules as people state them (README, DESIGN.md §1 and §5),
 * written out per action in the plainest way. The table must agree with it on every input.
 */
function reference(
  viewer: AccessViewer,
  action: AccessAction,
  t: AccessTarget,
  m: Membership | null,
): boolean {
  const allowed = referenceIgnoringHiding(viewer, action, t, m);
  // Hidden content: only its author or owner and the people who moderate it still see it.
  const isContentRead = [
    'post.read',
    'reply.read',
    'file.read',
    'fileComment.read',
    'profile.readDetails',
  ].includes(action);
  if (!t.hidden || !isContentRead) return allowed;
  const mine = !!t.ownerId && t.ownerId === viewer.id;
  const moderator = viewer.role === UserRole.ADMIN || viewer.role === UserRole.MODERATOR;
  const communityOwner = !!t.communityId && m?.state === 'member' && m.role === 'owner';
  return allowed && (mine || moderator || communityOwner);
}

function referenceIgnoringHiding(
  viewer: AccessViewer,
  action: AccessAction,
  t: AccessTarget,
  m: Membership | null,
): boolean {
  const mine = !!t.ownerId && t.ownerId === viewer.id;
  const admin = viewer.role === UserRole.ADMIN;
  const moderator = admin || viewer.role === UserRole.MODERATOR;
  const inCommunity = !!t.communityId;
  const member = inCommunity && m?.state === 'member';
  const owner = member && m?.role === 'owner';
  switch (action) {
    case 'post.read':
    case 'reply.read':
      return t.audience === 'public' || member;
    case 'profile.readDetails':
      return true;
    case 'community.read':
      return (
        (!!t.communityType && t.communityType !== 'restricted') ||
        member ||
        (inCommunity && m?.state === 'invited')
      );
    case 'file.read':
    case 'fileComment.read':
      return !inCommunity || (!!t.communityType && t.communityType !== 'restricted') || member;
    case 'post.readRevisions':
      return moderator;
    case 'post.readUnreachableMentions':
    case 'post.edit':
    case 'post.attachFiles':
    case 'reply.edit':
    case 'file.edit':
    case 'bookmark.edit':
      return mine;
    case 'user.readEmail':
      return mine || admin;
    case 'post.delete':
    case 'post.acceptAnswer':
    case 'reply.delete':
    case 'file.delete':
      return mine || moderator;
    case 'post.pin':
    case 'community.manageMembers':
      return owner;
    case 'community.postTo':
      return t.communityType === 'open' || member;
    case 'community.joinUninvited':
      return !!t.communityType && t.communityType !== 'restricted';
    case 'community.edit':
      return admin || owner;
    case 'fileComment.delete':
      return mine || (!!t.parentOwnerId && t.parentOwnerId === viewer.id);
    case 'content.moderate':
      return moderator || owner;
    case 'site.administer':
    case 'community.assignOwner':
    case 'file.transferOwner':
      return admin;
  }
}

const ids = fc.constantFrom('a', 'b', 'c');
const viewerArb = fc.record({
  id: ids,
  role: fc.constantFrom(UserRole.MEMBER, UserRole.MODERATOR, UserRole.ADMIN),
});
const typeArb = fc.constantFrom<CommunityType>('open', 'moderated', 'restricted');
const targetArb: fc.Arbitrary<AccessTarget> = fc.record(
  {
    ownerId: fc.option(ids),
    communityId: fc.option(fc.constantFrom('c1', 'c2')),
    communityType: fc.option(typeArb),
    audience: fc.option(fc.constantFrom('public' as const, 'members' as const)),
    parentOwnerId: fc.option(ids),
    hidden: fc.option(fc.boolean()),
  },
  { requiredKeys: [] },
);
const membershipArb: fc.Arbitrary<Membership | null> = fc.option(
  fc.record({
    state: fc.constantFrom('member' as const, 'requested' as const, 'invited' as const),
    role: fc.constantFrom('member' as const, 'owner' as const),
  }),
);

describe('access rules', () => {
  it('agree with the reference model for every action, viewer, target and membership', () => {
    fc.assert(
      fc.property(
        viewerArb,
        fc.constantFrom(...ACCESS_ACTIONS),
        targetArb,
        membershipArb,
        (viewer, action, target, membership) =>
          decideAccess(viewer, action, target, membership) ===
          reference(viewer, action, target, membership),
      ),
      { numRuns: 5000 },
    );
  });

  it('never need the membership when it cannot change the answer', () => {
    fc.assert(
      fc.property(
        viewerArb,
        fc.constantFrom(...ACCESS_ACTIONS),
        targetArb,
        membershipArb,
        (viewer, action, target, membership) => {
          if (needsMembership(action, target)) return true;
          return (
            decideAccess(viewer, action, target, null) ===
            decideAccess(viewer, action, target, membership)
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives content in a restricted community to members only, and public elsewhere', () => {
    expect(audienceOfCommunity('restricted')).toBe('members');
    expect(audienceOfCommunity('moderated')).toBe('public');
    expect(audienceOfCommunity('open')).toBe('public');
    expect(audienceOfCommunity(null)).toBe('public');
  });

  it('shows hidden content only to its author, site moderators and its community owners', () => {
    const target = { ownerId: 'a', communityId: 'c1', audience: 'public' as const, hidden: true };
    const member = { id: 'b', role: UserRole.MEMBER };
    expect(decideAccess({ id: 'a', role: UserRole.MEMBER }, 'post.read', target, null)).toBe(true);
    expect(decideAccess(member, 'post.read', target, { state: 'member', role: 'member' })).toBe(
      false,
    );
    expect(decideAccess(member, 'post.read', target, { state: 'member', role: 'owner' })).toBe(
      true,
    );
    expect(decideAccess({ id: 'm', role: UserRole.MODERATOR }, 'post.read', target, null)).toBe(
      true,
    );
    // A site moderator outside a restricted community still does not see its hidden posts.
    const restricted = { ...target, audience: 'members' as const };
    expect(decideAccess({ id: 'm', role: UserRole.MODERATOR }, 'post.read', restricted, null)).toBe(
      false,
    );
  });

  it('lets nobody but an owner pin, even a site admin', () => {
    const admin = { id: 'a', role: UserRole.ADMIN };
    const target = { communityId: 'c1', ownerId: 'a' };
    expect(decideAccess(admin, 'post.pin', target, null)).toBe(false);
    expect(decideAccess(admin, 'post.pin', target, { state: 'member', role: 'owner' })).toBe(true);
    expect(decideAccess(admin, 'post.pin', target, { state: 'invited', role: 'owner' })).toBe(
      false,
    );
  });
});
