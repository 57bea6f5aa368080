/** Readable names for the items `profileCompleteness.missing` lists. */
const LABELS: Record<string, string> = {
  photo: 'a photo',
  avatar: 'a photo',
  bio: 'a short bio',
  expertise: 'your expertise',
  jobTitle: 'your job title',
  department: 'your department',
  location: 'your location',
  displayName: 'your name',
};

export function missingItemLabel(item: string): string {
  return LABELS[item] ?? item.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** ["a photo", "a short bio", "your expertise"] -> "a photo, a short bio and your expertise". */
export function joinReadable(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
