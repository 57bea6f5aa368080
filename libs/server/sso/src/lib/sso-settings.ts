import { AppConfig } from '@outloud/server-core';

/** Single sign-on settings, read once from the validated configuration. */
export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  providerName: string;
  scopes: string;
  /** Lower-case domains; empty: any. */
  allowedDomains: string[];
  emailVerifiedByProvider: boolean;
  claims: {
    handle: string;
    name: string;
    title: string;
    department: string;
    locale: string;
    groups: string | undefined;
  };
  adminGroups: string[];
  moderatorGroups: string[];
  /** Fixed public address (PUBLIC_URL), else each request's own origin. */
  publicUrl: string | undefined;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Null when OIDC_ISSUER is unset (no single sign-on). */
export function ssoSettings(config: AppConfig): SsoSettings | null {
  const issuer = config.get('OIDC_ISSUER');
  const clientId = config.get('OIDC_CLIENT_ID');
  if (!issuer || !clientId) return null;
  return {
    issuer,
    clientId,
    clientSecret: config.get('OIDC_CLIENT_SECRET'),
    providerName: config.get('OIDC_PROVIDER_NAME'),
    scopes: config.get('OIDC_SCOPES').trim().split(/\s+/).join(' '),
    allowedDomains: list(config.get('OIDC_ALLOWED_EMAIL_DOMAINS')).map((d) =>
      d.toLowerCase().replace(/^@/, ''),
    ),
    emailVerifiedByProvider: config.get('OIDC_EMAIL_VERIFIED_BY_PROVIDER'),
    claims: {
      handle: config.get('OIDC_CLAIM_HANDLE'),
      name: config.get('OIDC_CLAIM_NAME'),
      title: config.get('OIDC_CLAIM_TITLE'),
      department: config.get('OIDC_CLAIM_DEPARTMENT'),
      locale: config.get('OIDC_CLAIM_LOCALE'),
      groups: config.get('OIDC_CLAIM_GROUPS'),
    },
    adminGroups: list(config.get('OIDC_ADMIN_GROUPS')),
    moderatorGroups: list(config.get('OIDC_MODERATOR_GROUPS')),
    publicUrl: config.get('PUBLIC_URL')?.replace(/\/+$/, ''),
  };
}
