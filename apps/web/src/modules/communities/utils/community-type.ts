import type { CommunityType, MembershipRole, MembershipState } from '../../../generated/graphql';

export interface CommunityTypeInfo {
  value: CommunityType;
  label: string;
  /** What the type means, in words, for forms and the community header. */
  description: string;
}

export const COMMUNITY_TYPES: readonly CommunityTypeInfo[] = [
  {
    value: 'OPEN',
    label: 'Open',
    description: 'Anyone in the company can see it and join; members post.',
  },
  {
    value: 'MODERATED',
    label: 'Moderated',
    description:
      'Anyone in the company can see it; joining needs an owner’s approval; only members post.',
  },
  {
    value: 'RESTRICTED',
    label: 'Restricted',
    description: 'Only members can see it; people join by invitation.',
  },
];

/** Shown when RESTRICTED is chosen in the form: exactly what it hides. */
export const RESTRICTED_WARNING =
  'Posts, members and the community itself are invisible to non-members; people join by invitation.';

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

export type MembershipAction =
  | { kind: 'join'; label: string }
  | { kind: 'request'; label: string }
  | { kind: 'accept'; label: string }
  | { kind: 'decline'; label: string }
  | { kind: 'withdraw'; label: string }
  | { kind: 'leave'; label: string };

export interface MembershipLike {
  role: MembershipRole;
  state: MembershipState;
}

/** The buttons a viewer gets for their membership, request or invitation. */
export function membershipActions(
  type: CommunityType,
  membership: MembershipLike | null | undefined,
): { note: string | null; actions: MembershipAction[] } {
  if (membership?.state === 'MEMBER') {
    return {
      note: membership.role === 'OWNER' ? 'You are an owner.' : 'You are a member.',
      actions: [{ kind: 'leave', label: 'Leave community' }],
    };
  }
  if (membership?.state === 'REQUESTED') {
    return {
      note: 'You asked to join; an owner will decide.',
      actions: [{ kind: 'withdraw', label: 'Withdraw request' }],
    };
  }
  if (membership?.state === 'INVITED') {
    return {
      note: 'You are invited to join.',
      actions: [
        { kind: 'accept', label: 'Accept invitation' },
        { kind: 'decline', label: 'Decline' },
      ],
    };
  }
  if (type === 'OPEN') return { note: null, actions: [{ kind: 'join', label: 'Join' }] };
  if (type === 'MODERATED')
    return { note: null, actions: [{ kind: 'request', label: 'Request to join' }] };
  return { note: 'Members join by invitation.', actions: [] };
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
