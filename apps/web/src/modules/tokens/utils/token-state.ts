/** Where a token stands: usable, past its expiry, or revoked (revoked wins). */
export type TokenState = 'live' | 'expired' | 'revoked';

export function tokenState(
  token: { revokedAt?: string | null; expiresAt?: string | null },
  now: number = Date.now(),
): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'live';
}

/** The access levels offered when creating a personal token, each with the scopes it grants. */
export const ACCESS_LEVELS = {
  read: ['READ'],
  write: ['READ', 'WRITE'],
  admin: ['READ', 'WRITE', 'ADMIN'],
} as const;

export type AccessLevel = keyof typeof ACCESS_LEVELS;

/** How long a new personal token may live, in days (the server allows 1 to 365). */
export const EXPIRY_CHOICES = [7, 30, 90, 365] as const;
