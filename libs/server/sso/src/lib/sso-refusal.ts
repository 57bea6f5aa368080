/**
 * Why a sign-in through the identity provider was refused. The code travels to the log-in page
 * (`/login?sso_error=<code>`), which explains it in the person's language; the detail goes to
 * the audit log and the server log only.
 */
export type SsoRefusalCode =
  /** The person cancelled at the provider, or the provider refused them. */
  | 'cancelled'
  /** Unknown, used or expired state, or another browser's: start again. */
  | 'expired'
  /** The provider's answer failed validation (signature, issuer, audience, nonce, expiry...). */
  | 'invalid'
  /** No e-mail, or an e-mail the provider does not vouch for. */
  | 'email'
  /** An e-mail outside OIDC_ALLOWED_EMAIL_DOMAINS. */
  | 'domain'
  /** The account is deactivated. */
  | 'deactivated'
  /** The provider cannot be reached or refuses Outloud's client (misconfiguration). */
  | 'unavailable';

export class SsoRefusal extends Error {
  constructor(
    readonly code: SsoRefusalCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SsoRefusal';
  }
}
