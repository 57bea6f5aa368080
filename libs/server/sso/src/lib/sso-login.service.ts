import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditActor, AuditActorType, AuditService } from '@outloud/audit';
import { UserStatus } from '@outloud/contracts';
import {
  AuthService,
  ClientMeta,
  UserEntity,
  UserRepository,
  UserService,
} from '@outloud/identity';
import { isUniqueViolation, TransactionRunner } from '@outloud/server-core';
import { ClaimedPerson, personFromClaims } from './directory-claims';
import { oidc } from './esm-packages';
import { IdentityProviderClient } from './identity-provider.client';
import { SsoRefusal } from './sso-refusal';
import { SsoRepository } from './sso.repository';

/** How long a sign-in may take at the provider. */
const ATTEMPT_TTL_SECONDS = 600;

export const SSO_AUDIT_ACTIONS = {
  linked: 'sso.identity.linked',
  refused: 'sso.session.refused',
  endedByProvider: 'sso.session.endedByProvider',
} as const;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Only paths on this site: "/x", never "//evil.example" or "/\\evil.example". */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return /[\u0000-\u001f]/.test(value) ? '/' : value;
}

/**
 * Single sign-on with OpenID Connect (authorization code + PKCE). `start` remembers the sign-in
 * (state, nonce, PKCE verifier, bound to the browser by a cookie) and sends the browser to the
 * provider; `finish` takes it back once, exchanges the code, maps the claims, links or creates
 * the account, syncs its profile and opens a session.
 */
@Injectable()
export class SsoLoginService {
  private readonly logger = new Logger('SingleSignOn');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly provider: IdentityProviderClient,
    private readonly repository: SsoRepository,
    private readonly users: UserService,
    private readonly userRepository: UserRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** The provider's URL to send the browser to, and the secret for its browser cookie. */
  async start(returnTo: unknown, origin: string): Promise<{ url: string; browserSecret: string }> {
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const browserSecret = randomBytes(32).toString('base64url');
    const redirectUri = `${this.provider.settings?.publicUrl ?? origin}/auth/oidc/callback`;
    const url = await this.provider.authorizationUrl({ redirectUri, state, nonce, codeVerifier });
    await this.repository.saveAttempt(
      sha256(state),
      {
        browserHash: sha256(browserSecret),
        nonce,
        codeVerifier,
        redirectUri,
        returnTo: safeReturnTo(returnTo),
      },
      ATTEMPT_TTL_SECONDS,
    );
    return { url: url.href, browserSecret };
  }

  /** Completes a sign-in from the provider's redirect; refusals are audited and rethrown. */
  async finish(
    callback: URLSearchParams,
    browserSecret: string | null,
    client: ClientMeta,
  ): Promise<{ token: string; expiresAt: Date; returnTo: string }> {
    try {
      return await this.complete(callback, browserSecret, client);
    } catch (error) {
      const refusal =
        error instanceof SsoRefusal
          ? error
          : new SsoRefusal('unavailable', `unexpected error: ${(error as Error).message}`);
      if (!(error instanceof SsoRefusal)) this.logger.error(`Single sign-on: ${refusal.detail}`);
      await this.audit.record(this.transactions.manager, {
        actor: { type: AuditActorType.ANONYMOUS, id: null, label: null },
        action: SSO_AUDIT_ACTIONS.refused,
        after: { code: refusal.code, issuer: this.provider.settings?.issuer ?? null },
        reason: refusal.detail,
        context: { requestId: client.requestId, ipAddress: client.ipAddress },
      });
      throw refusal;
    }
  }

  private async complete(
    callback: URLSearchParams,
    browserSecret: string | null,
    client: ClientMeta,
  ): Promise<{ token: string; expiresAt: Date; returnTo: string }> {
    const settings = this.provider.settings;
    if (!settings) throw new SsoRefusal('unavailable', 'single sign-on is not configured');
    const state = callback.get('state');
    const attempt = state ? await this.repository.takeAttempt(sha256(state)) : null;
    if (!state || !attempt) throw new SsoRefusal('expired', 'unknown, used or expired state');
    if (!browserSecret || sha256(browserSecret) !== attempt.browserHash)
      throw new SsoRefusal('expired', 'the sign-in was started in another browser');

    const callbackUrl = new URL(attempt.redirectUri);
    callbackUrl.search = callback.toString();
    const tokens = await this.provider.exchange(callbackUrl, {
      codeVerifier: attempt.codeVerifier,
      state,
      nonce: attempt.nonce,
    });
    const person = personFromClaims(tokens.claims, settings);
    const { iss: issuer, sub: subject } = tokens.claims;
    const actor: AuditActor = {
      type: AuditActorType.SYSTEM,
      id: null,
      label: `sso ${settings.providerName}`.slice(0, 200),
    };
    const context = { requestId: client.requestId, ipAddress: client.ipAddress };
    const { user, created, linked } = await this.provision(issuer, subject, person, actor, context);
    const sid = typeof tokens.claims.sid === 'string' ? tokens.claims.sid : null;
    const session = await this.auth.startSession(user, client, 'sso', {
      details: { issuer, created, linked },
      within: (tx, sessionId) =>
        this.repository.saveSession(tx, {
          sessionId,
          issuer,
          subject,
          sid,
          idToken: tokens.idToken,
        }),
    });
    return { ...session, returnTo: attempt.returnTo };
  }

  /**
   * The account for a provider account: the one linked before, else the one with this verified
   * e-mail (linked now), else a new one (just in time). Then the profile follows the claims.
   * Two first sign-ins racing: the loser retries once and finds the winner's account.
   */
  private async provision(
    issuer: string,
    subject: string,
    person: ClaimedPerson,
    actor: AuditActor,
    context: { requestId?: string; ipAddress?: string },
    retry = true,
  ): Promise<{ user: UserEntity; created: boolean; linked: boolean }> {
    try {
      return await this.transactions.run(async (tx) => {
        let created = false;
        let linked = false;
        const linkedId = await this.repository.linkedUser(tx, issuer, subject);
        let user = linkedId ? await tx.findOneBy(UserEntity, { id: linkedId }) : null;
        if (user) {
          await this.repository.touch(tx, issuer, subject, person.email);
        } else {
          user = await this.userRepository.findByEmail(tx, person.email);
          if (user) {
            linked = true;
            await this.audit.record(tx, {
              actor,
              action: SSO_AUDIT_ACTIONS.linked,
              target: { type: 'user', id: user.id },
              after: { issuer, subject, email: person.email },
              context,
            });
          } else {
            created = true;
            user = await this.users.createFromDirectory(
              tx,
              { ...person, displayName: person.displayName ?? person.email.split('@')[0] },
              { actor, context, source: 'sso' },
            );
          }
          await this.repository.link(tx, { issuer, subject, userId: user.id, email: person.email });
        }
        if (user.status !== UserStatus.ACTIVE)
          throw new SsoRefusal('deactivated', `@${user.handle} is deactivated`);
        if (!created) {
          const { displayName, jobTitle, department, locale, role } = person;
          user = await this.users.updateFromDirectory(
            tx,
            user.id,
            { displayName, jobTitle, department, locale, role },
            { actor, context, source: 'sso' },
          );
        }
        return { user, created, linked };
      });
    } catch (error) {
      if (retry && isUniqueViolation(error))
        return this.provision(issuer, subject, person, actor, context, false);
      throw error;
    }
  }
}
