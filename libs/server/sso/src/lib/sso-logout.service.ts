import { Injectable } from '@nestjs/common';
import { AuditActorType, AuditService } from '@outloud/audit';
import { SessionService } from '@outloud/identity';
import { TransactionRunner, Viewer } from '@outloud/server-core';
import { jose } from './esm-packages';
import { IdentityProviderClient } from './identity-provider.client';
import { SsoRefusal } from './sso-refusal';
import { SSO_AUDIT_ACTIONS } from './sso-login.service';
import { SsoRepository } from './sso.repository';

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/**
 * Single logout, both ways: signing out of Outloud also ends the provider session when the
 * provider has an end-session endpoint (RP-initiated logout), and a provider that signs someone
 * out tells Outloud through back-channel logout, which ends the matching Outloud sessions (and,
 * through `identity.session.revoked`, their sockets).
 */
@Injectable()
export class SsoLogoutService {
  private jwks: ReturnType<typeof jose.createRemoteJWKSet> | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly provider: IdentityProviderClient,
    private readonly repository: SsoRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Ends the viewer's session; returns the provider's end-session URL when there is one. */
  async logOut(viewer: Viewer, origin: string): Promise<string | null> {
    const providerSession = await this.repository.sessionFor(viewer.sessionId);
    await this.sessions.revoke(viewer.sessionId);
    if (!providerSession) return null;
    const back = `${this.provider.settings?.publicUrl ?? origin}/login`;
    return (await this.provider.endSessionUrl(providerSession.idToken, back))?.href ?? null;
  }

  /**
   * Validates a back-channel logout token (signature by the provider's keys, issuer, audience,
   * age, the logout event, no nonce) and ends the sessions it names. Returns how many ended.
   */
  async backChannelLogout(
    logoutToken: unknown,
    context: { requestId?: string; ipAddress?: string },
  ): Promise<number> {
    const settings = this.provider.settings;
    if (!settings) throw new SsoRefusal('unavailable', 'single sign-on is not configured');
    if (typeof logoutToken !== 'string' || logoutToken.length > 16_000)
      throw new SsoRefusal('invalid', 'logout_token is missing');
    const meta = await this.provider.metadata();
    if (!meta.jwks_uri) throw new SsoRefusal('unavailable', 'the provider publishes no jwks_uri');
    this.jwks ??= jose.createRemoteJWKSet(new URL(meta.jwks_uri));
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jose.jwtVerify(logoutToken, this.jwks, {
        issuer: meta.issuer,
        audience: settings.clientId,
        algorithms: meta.id_token_signing_alg_values_supported ?? ['RS256'],
        maxTokenAge: '10m',
        requiredClaims: ['iat', 'jti', 'events'],
      }));
    } catch (error) {
      throw new SsoRefusal('invalid', `logout token refused: ${(error as Error).message}`);
    }
    const events = payload.events as Record<string, unknown> | undefined;
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    const subject = typeof payload.sub === 'string' ? payload.sub : undefined;
    if (typeof events?.[BACKCHANNEL_EVENT] !== 'object' || 'nonce' in payload || (!sid && !subject))
      throw new SsoRefusal('invalid', 'not a back-channel logout token');
    const ids = await this.repository.sessionIdsFor(meta.issuer, { sid, subject });
    const ended = await this.sessions.revokeMany(ids);
    await this.audit.record(this.transactions.manager, {
      actor: { type: AuditActorType.SYSTEM, id: null, label: `sso ${settings.providerName}` },
      action: SSO_AUDIT_ACTIONS.endedByProvider,
      after: {
        issuer: meta.issuer,
        sid: sid ?? null,
        subject: subject ?? null,
        sessionsEnded: ended,
      },
      context,
    });
    return ended;
  }
}
