import { LIMITS } from '@outloud/contracts';

/**
 * Splits "TypeScript, onboarding,  GDPR" into distinct, trimmed, lower-case tags: the same
 * normalisation the API applies, so the preview shows what will be saved.
 */
export function parseExpertise(text: string): string[] {
  const tags = new Set<string>();
  for (const raw of text.split(/[,\n]/)) {
    const tag = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag) tags.add(tag);
  }
  return [...tags];
}

export function formatExpertise(tags: readonly string[]): string {
  return tags.join(', ');
}

/** A readable problem with a list of tags, or null. */
export function expertiseProblem(tags: readonly string[]): string | null {
  const { maxTags, tagMax } = LIMITS.expertise;
  if (tags.length > maxTags)
    return `Add at most ${maxTags} areas of expertise (you have ${tags.length}).`;
  const long = tags.find((tag) => tag.length > tagMax);
  if (long)
    return `"${long.slice(0, 20)}…" is too long; keep each area under ${tagMax} characters.`;
  return null;
}
