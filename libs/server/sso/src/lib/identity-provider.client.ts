import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@outloud/server-core';
import type { CustomFetch } from 'openid-client' with { 'resolution-mode': 'import' };
import { IdTokenClaims, oidc, OidcConfiguration } from './esm-packages';
import { SsoRefusal } from './sso-refusal';
import { SsoSettings, ssoSettings } from './sso-settings';

const DISCOVERY_TIMEOUT_S = 5;
const RETRY_AFTER_MS = 30_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface ProviderTokens {
  claims: IdTokenClaims & Record<string, unknown>;
  idToken: string;
}

/**
 * The identity provider as Outloud's OpenID Connect client (openid-client): discovery at start
 * (a failure is one log line and a note on the log-in page, and is retried at most every 30 s
 * when someone tries to sign in), the authorization URL with PKCE, the code exchange with every
 * ID token check, userinfo, and the end-session URL.
 */
@Injectable()
export class IdentityProviderClient implements OnApplicationBootstrap {
  private readonly logger = new Logger('SingleSignOn');
  readonly settings: SsoSettings | null;
  private configuration: OidcConfiguration | null = null;
  private discovering: Promise<void> | null = null;
  private failedAt = 0;
  private problemLine: string | null = null;
  private fetchImpl: CustomFetch = (url, options) => fetch(url, options);

  constructor(config: AppConfig) {
    this.settings = ssoSettings(config);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings) await this.discover();
  }

  /** Why single sign-on does not work right now, in one line; null when it does (or is off). */
  get problem(): string | null {
    return this.problemLine;
  }

  /** Routes the client's HTTP requests through `fetch` (an egress proxy; tests). */
  setFetch(fetchImpl: CustomFetch): void {
    this.fetchImpl = fetchImpl;
  }

  /** The discovered configuration, or SsoRefusal('unavailable') with the reason. */
  async ready(): Promise<OidcConfiguration> {
    if (!this.settings) throw new SsoRefusal('unavailable', 'single sign-on is not configured');
    if (!this.configuration && Date.now() - this.failedAt > RETRY_AFTER_MS) await this.discover();
    if (!this.configuration) throw new SsoRefusal('unavailable', this.problemLine ?? 'unknown');
    return this.configuration;
  }

  /** Exchanges the code at the token endpoint and validates the ID token and userinfo. */
  async exchange(
    callbackUrl: URL,
    checks: { codeVerifier: string; state: string; nonce: string },
  ): Promise<ProviderTokens> {
    const config = await this.ready();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.refusalFor(error);
    }
    this.problemLine = null;
    const idClaims = tokens.claims();
    if (!idClaims || !tokens.id_token) throw new SsoRefusal('invalid', 'no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        // The ID token's own claims (iss, sub, aud, nonce...) win over userinfo.
        claims = { ...info, ...idClaims };
      } catch (error) {
        throw this.refusalFor(error);
      }
    }
    return { claims: claims as ProviderTokens['claims'], idToken: tokens.id_token };
  }

  /** Where to send the browser to sign in. */
  async authorizationUrl(params: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<URL> {
    const config = await this.ready();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: params.redirectUri,
      scope: this.settings!.scopes,
      state: params.state,
      nonce: params.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(params.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** RP-initiated logout at the provider, when it offers an end-session endpoint. */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | null> {
    const config = await this.ready().catch(() => null);
    if (!config?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
    });
  }

  /** The provider's metadata (for back-channel logout token checks). */
  async metadata() {
    return (await this.ready()).serverMetadata();
  }

  private discover(): Promise<void> {
    this.discovering ??= this.runDiscovery().finally(() => (this.discovering = null));
    return this.discovering;
  }

  private async runDiscovery(): Promise<void> {
    const s = this.settings!;
    const issuer = new URL(s.issuer);
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    const options = {
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: DISCOVERY_TIMEOUT_S,
      [oidc.customFetch]: ((url, init) => this.fetchImpl(url, init)) as CustomFetch,
    };
    try {
      const discovered = await oidc.discovery(issuer, s.clientId, undefined, undefined, options);
      // Client authentication the provider supports: Basic is the default in the standard.
      const meta = discovered.serverMetadata();
      const methods = meta.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
      const auth = !s.clientSecret
        ? oidc.None()
        : methods.includes('client_secret_basic')
          ? oidc.ClientSecretBasic(s.clientSecret)
          : oidc.ClientSecretPost(s.clientSecret);
      const config = new oidc.Configuration(meta, s.clientId, s.clientSecret, auth);
      if (insecure) oidc.allowInsecureRequests(config);
      // Check ID token signatures against the provider's keys too, not only TLS to the token
      // endpoint (which the standard allows): a forged token is refused either way.
      oidc.enableNonRepudiationChecks(config);
      config[oidc.customFetch] = options[oidc.customFetch];
      this.configuration = config;
      if (this.problemLine) this.logger.log(`Single sign-on with ${s.providerName} works again.`);
      this.problemLine = null;
    } catch (error) {
      this.failedAt = Date.now();
      this.problemLine = discoveryProblem(error, s.issuer);
      this.logger.error(`Single sign-on is unavailable: ${this.problemLine}`);
    }
  }

  private refusalFor(error: unknown): SsoRefusal {
    if (error instanceof SsoRefusal) return error;
    if (error instanceof oidc.AuthorizationResponseError)
      return new SsoRefusal('cancelled', `the provider answered ${error.error}`);
    // A 401 with WWW-Authenticate carries the OAuth error in its challenge parameters.
    const oauthError =
      error instanceof oidc.ResponseBodyError
        ? error.error
        : error instanceof oidc.WWWAuthenticateChallengeError
          ? (error.cause[0]?.parameters.error ?? `HTTP ${error.status}`)
          : null;
    if (oauthError === 'invalid_client') {
      const line =
        'the provider refused the client credentials (invalid_client): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET';
      this.logger.error(`Single sign-on failed: ${line}`);
      this.problemLine = line; // on the log-in page until a sign-in works again
      return new SsoRefusal('unavailable', line);
    }
    if (oauthError === 'invalid_grant')
      return new SsoRefusal('expired', 'the provider refused the code (used, expired or not ours)');
    if (oauthError) return new SsoRefusal('invalid', `the provider answered ${oauthError}`);
    const network = networkProblem(error);
    if (network) return new SsoRefusal('unavailable', network);
    return new SsoRefusal('invalid', (error as Error).message ?? String(error));
  }
}

interface Cause {
  name?: string;
  message?: string;
  code?: string;
  cause?: Cause;
}

/** A network failure anywhere in the cause chain (openid-client wraps fetch's errors). */
function networkProblem(error: unknown): string | null {
  for (let e = error as Cause | undefined, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return 'the provider did not answer in time';
    if (e.message === 'fetch failed')
      return `the provider could not be reached (${e.cause?.code ?? 'network error'})`;
  }
  return null;
}

/** One readable line for a failed discovery; never a stack. */
export function discoveryProblem(error: unknown, issuer: string): string {
  const where = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const network = networkProblem(error);
  if (network) return `${network} at ${where}`;
  const e = error as { message?: string; cause?: unknown };
  const message = e?.message ?? String(error);
  if (/issuer/i.test(message) && /(match|expected)/i.test(message))
    return `the discovery document at ${where} names another issuer than OIDC_ISSUER=${issuer}`;
  const status = (e?.cause as { status?: number } | undefined)?.status;
  if (status) return `the discovery document at ${where} answered HTTP ${status}`;
  return `the discovery document at ${where} is not usable (${message})`;
}
