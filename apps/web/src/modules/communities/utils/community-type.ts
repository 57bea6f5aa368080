import type { CommunityType, MembershipRole, MembershipState } from '../../../generated/graphql';

export interface CommunityTypeInfo {
  value: CommunityType;
  /** Catalogue keys (communities namespace): the name, and what the type means in words. */
  label: `type.${CommunityType}.label`;
  description: `type.${CommunityType}.description`;
}

export const COMMUNITY_TYPES: readonly CommunityTypeInfo[] = (
  ['OPEN', 'MODERATED', 'RESTRICTED'] as const
).map((value) => ({
  value,
  label: `type.${value}.label`,
  description: `type.${value}.description`,
}));

export function communityTypeInfo(type: CommunityType): CommunityTypeInfo {
  return COMMUNITY_TYPES.find((info) => info.value === type) ?? COMMUNITY_TYPES[0];
}

/** A suggested address from a name: "Finance Leads!" -> "finance-leads". */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

type ActionKind = 'join' | 'request' | 'accept' | 'decline' | 'withdraw' | 'leave';
/** `label` is a catalogue key (communities namespace). */
export type MembershipAction = { kind: ActionKind; label: `membership.action.${ActionKind}` };

type MembershipNote =
  `membership.note.${'owner' | 'member' | 'requested' | 'invited' | 'inviteOnly'}`;

const action = (kind: ActionKind): MembershipAction => ({
  kind,
  label: `membership.action.${kind}`,
});

export interface MembershipLike {
  role: MembershipRole;
  state: MembershipState;
}

/** The buttons a viewer gets for their membership, request or invitation (`note`: a key). */
export function membershipActions(
  type: CommunityType,
  membership: MembershipLike | null | undefined,
): { note: MembershipNote | null; actions: MembershipAction[] } {
  if (membership?.state === 'MEMBER') {
    return {
      note: membership.role === 'OWNER' ? 'membership.note.owner' : 'membership.note.member',
      actions: [action('leave')],
    };
  }
  if (membership?.state === 'REQUESTED') {
    return { note: 'membership.note.requested', actions: [action('withdraw')] };
  }
  if (membership?.state === 'INVITED') {
    return { note: 'membership.note.invited', actions: [action('accept'), action('decline')] };
  }
  if (type === 'OPEN') return { note: null, actions: [action('join')] };
  if (type === 'MODERATED') return { note: null, actions: [action('request')] };
  return { note: 'membership.note.inviteOnly', actions: [] };
}

export function isOwner(membership: MembershipLike | null | undefined): boolean {
  return membership?.state === 'MEMBER' && membership.role === 'OWNER';
}

export function isMember(membership: MembershipLike | null | undefined): boolean {
  return membership?.state === 'MEMBER';
}

/** "#Finance, budgeting" -> ["finance", "budgeting"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((tag) => tag.replace(/^#/, '').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
