import { LIMITS } from '@outloud/contracts';
import type { UpdateProfileInput } from '../../../generated/graphql';
import { expertiseProblem, formatExpertise, parseExpertise } from './expertise';

export const PROFILE_FIELDS = [
  'displayName',
  'jobTitle',
  'department',
  'location',
  'bio',
  'expertise',
  'avatarDataUrl',
  'removeAvatar',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileSource {
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  location: string | null;
  bio: string | null;
  expertise: readonly string[];
}

export interface ProfileValues {
  displayName: string;
  jobTitle: string;
  department: string;
  location: string;
  bio: string;
  /** Comma-separated, as typed. */
  expertise: string;
}

export type AvatarChange =
  { kind: 'unchanged' } | { kind: 'new'; dataUrl: string } | { kind: 'removed' };

export function toProfileValues(source: ProfileSource): ProfileValues {
  return {
    displayName: source.displayName,
    jobTitle: source.jobTitle ?? '',
    department: source.department ?? '',
    location: source.location ?? '',
    bio: source.bio ?? '',
    expertise: formatExpertise(source.expertise),
  };
}

const TEXT_LIMITS = {
  jobTitle: ['Job title', LIMITS.jobTitle.max],
  department: ['Department', LIMITS.department.max],
  location: ['Location', LIMITS.location.max],
  bio: ['Bio', LIMITS.bio.max],
} as const;

export function validateProfile(values: ProfileValues): Partial<Record<ProfileField, string>> {
  const problems: Partial<Record<ProfileField, string>> = {};
  const name = values.displayName.trim();
  if (name.length < LIMITS.displayName.min)
    problems.displayName = 'Enter the name colleagues know you by.';
  else if (name.length > LIMITS.displayName.max) {
    problems.displayName = `Name must be at most ${LIMITS.displayName.max} characters.`;
  }
  for (const [field, [label, max]] of Object.entries(TEXT_LIMITS) as Array<
    [keyof typeof TEXT_LIMITS, readonly [string, number]]
  >) {
    if (values[field].trim().length > max)
      problems[field] = `${label} must be at most ${max} characters.`;
  }
  const expertise = expertiseProblem(parseExpertise(values.expertise));
  if (expertise) problems.expertise = expertise;
  return problems;
}

/**
 * Only what changed is sent. Text fields are trimmed; an emptied field is sent as "" (clear it).
 */
export function profileChanges(
  before: ProfileSource,
  values: ProfileValues,
  avatar: AvatarChange,
): UpdateProfileInput {
  const input: UpdateProfileInput = {};
  const name = values.displayName.trim();
  if (name !== before.displayName) input.displayName = name;
  for (const field of ['jobTitle', 'department', 'location', 'bio'] as const) {
    const value = values[field].trim();
    if (value !== (before[field] ?? '')) input[field] = value;
  }
  const tags = parseExpertise(values.expertise);
  if (
    tags.length !== before.expertise.length ||
    tags.some((tag, i) => tag !== before.expertise[i])
  ) {
    input.expertise = tags;
  }
  if (avatar.kind === 'new') input.avatarDataUrl = avatar.dataUrl;
  if (avatar.kind === 'removed') input.removeAvatar = true;
  return input;
}
