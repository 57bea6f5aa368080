import { UserRole } from '@outloud/contracts';
import type { DirectoryPerson } from '@outloud/identity';
import { SsoRefusal } from './sso-refusal';
import { SsoSettings } from './sso-settings';

/**
 * What the provider's claims say about a person, after Outloud's rules. A field is undefined
 * when its claim was not sent, so a sign-in never blanks what the provider does not manage.
 */
export interface ClaimedPerson extends Omit<DirectoryPerson, 'displayName'> {
  displayName?: string;
  /** Role from the groups claim; undefined when groups are not mapped or not sent. */
  role?: UserRole;
}

type Claims = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/**
 * Maps ID token and userinfo claims to a person, or refuses: no e-mail, an e-mail the provider
 * does not vouch for (email_verified, unless OIDC_EMAIL_VERIFIED_BY_PROVIDER), or outside the
 * allowed domains. Claim names come from the OIDC_CLAIM_* settings.
 */
export function personFromClaims(claims: Claims, settings: SsoSettings): ClaimedPerson {
  const email = text(claims.email);
  if (!email || !email.includes('@'))
    throw new SsoRefusal('email', 'the provider sent no e-mail address');
  const verified = claims.email_verified;
  const isVerified =
    verified === true ||
    verified === 'true' ||
    (verified === undefined && settings.emailVerifiedByProvider);
  if (!isVerified) throw new SsoRefusal('email', `the provider does not vouch for ${email}`);
  const domain = email.split('@').pop()!.toLowerCase();
  if (settings.allowedDomains.length && !settings.allowedDomains.includes(domain))
    throw new SsoRefusal('domain', `${domain} is not in OIDC_ALLOWED_EMAIL_DOMAINS`);

  const c = settings.claims;
  const name =
    text(claims[c.name]) ??
    ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || null);
  return {
    handles: [text(claims[c.handle]), text(claims.preferred_username)],
    displayName: name?.slice(0, 80),
    email,
    jobTitle: text(claims[c.title])?.slice(0, 100),
    department: text(claims[c.department])?.slice(0, 100),
    locale: normaliseLocale(claims[c.locale]) ?? undefined,
    role: roleFromGroups(c.groups ? claims[c.groups] : undefined, settings),
  };
}

/** "en_US" (Okta) and "sv-SE" both become BCP 47; anything else is dropped. */
export function normaliseLocale(value: unknown): string | null {
  const tag = text(value)?.replace(/_/g, '-');
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) && tag.length <= 35 ? tag : null;
}

function roleFromGroups(groups: unknown, settings: SsoSettings): UserRole | undefined {
  if (!settings.claims.groups || groups === undefined) return undefined;
  const names = new Set(
    (Array.isArray(groups) ? groups : [groups]).filter((g) => typeof g === 'string') as string[],
  );
  if (settings.adminGroups.some((g) => names.has(g))) return UserRole.ADMIN;
  if (settings.moderatorGroups.some((g) => names.has(g))) return UserRole.MODERATOR;
  return UserRole.MEMBER;
}
