/** Catalogue keys (people namespace) for the items `profileCompleteness.missing` lists. */
const KEYS = {
  photo: 'missing.photo',
  avatar: 'missing.photo',
  bio: 'missing.bio',
  expertise: 'missing.expertise',
  jobTitle: 'missing.jobTitle',
  department: 'missing.department',
  location: 'missing.location',
  displayName: 'missing.displayName',
} as const;

export type MissingItemKey = (typeof KEYS)[keyof typeof KEYS];

/** The key naming a missing profile item, or null for one this client does not know. */
export function missingItemKey(item: string): MissingItemKey | null {
  return (KEYS as Record<string, MissingItemKey>)[item] ?? null;
}
