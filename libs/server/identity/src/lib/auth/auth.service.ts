import { Injectable } from '@nestjs/common';
import { ANONYMOUS_ACTOR, AuditService, IDENTITY_AUDIT_ACTIONS, userActor } from '@outloud/audit';
import { passwordProblem, UserRole, UserStatus } from '@outloud/contracts';
import {
  AppConfig,
  BadUserInputError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  TransactionRunner,
  UnauthenticatedError,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { SessionService } from '../session/session.service';
import { UserEntity } from '../user/user.entity';
import { UserRepository } from '../user/user.repository';
import { changePasswordSchema, logInSchema } from '../user/user.schemas';
import { LoginDeviceRepository } from './login-device.repository';
import { LoginAttempt, LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface ClientMeta {
  ipAddress: string;
  userAgent?: string;
  requestId?: string;
  /** The browser's device cookie, if it has one. */
  deviceToken?: string | null;
}

// Unknown person and wrong password get the same answer, so log-in cannot probe for accounts.
const WRONG_CREDENTIALS = 'The handle, e-mail or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly devices: LoginDeviceRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Checks credentials (rate limited per resolved account, address and device) and opens a new
   * session; the browser is remembered as a trusted device of the account.
   */
  async logIn(
    input: unknown,
    client: ClientMeta,
  ): Promise<{
    user: UserEntity;
    token: string;
    expiresAt: Date;
    device: { token: string; expires: Date };
  }> {
    const { login, password } = validateInput(logInSchema, input);
    const user = await this.users.findForLogin(login);
    const attempt: LoginAttempt = {
      account: user?.id ?? `unknown:${login.toLowerCase()}`,
      address: client.ipAddress,
      device: user ? await this.devices.trusted(client.deviceToken ?? null, user.id) : null,
    };
    await this.throttle.assertAllowed(attempt);
    const breakGlass = this.isBreakGlassAdmin(user);
    if (!this.config.get('PASSWORD_LOGIN') && !breakGlass) {
      // Counted like a failure, so refused attempts stay rate limited (and the log bounded).
      await this.throttle.recordFailure(attempt);
      await this.recordRefusal(client, login, user, 'password log-in switched off');
      throw new UnauthenticatedError(
        'Passwords are switched off here: use the single sign-on button instead.',
      );
    }
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(attempt);
      await this.recordRefusal(client, login, user, user ? 'wrong password' : 'unknown account');
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (user.status !== UserStatus.ACTIVE) {
      // The same answer as a wrong password: a right password must not be confirmed.
      await this.throttle.recordFailure(attempt);
      await this.recordRefusal(client, login, user, 'account deactivated');
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.throttle.clearAccount(attempt);
    const session = await this.startSession(user, client, 'password', {
      details: breakGlass && !this.config.get('PASSWORD_LOGIN') ? { breakGlass: true } : {},
    });
    const device = await this.rememberDevice(client.deviceToken ?? null, user.id);
    return { user, ...session, device };
  }

  /** Trusts this browser for the account after it proved who it is (log-in, sign-up). */
  rememberDevice(token: string | null, userId: string): Promise<{ token: string; expires: Date }> {
    return this.devices.remember(token, userId);
  }

  /** The one admin allowed a password when passwords are switched off (BREAK_GLASS_ADMIN). */
  private isBreakGlassAdmin(user: UserEntity | null): boolean {
    const handle = this.config.get('BREAK_GLASS_ADMIN');
    return (
      !!user &&
      !!handle &&
      user.handle.toLowerCase() === handle.toLowerCase() &&
      user.role === UserRole.ADMIN
    );
  }

  /**
   * Opens a session and records the sign-in in the audit log, in one transaction. `method` says
   * how the person proved who they are (password, sign-up, sso); `details` go into the entry;
   * `within` writes more in the same transaction (single sign-on links its provider session).
   */
  async startSession(
    user: Pick<UserEntity, 'id' | 'handle'>,
    client: ClientMeta,
    method: string,
    options: {
      details?: Record<string, unknown>;
      within?: (tx: EntityManager, sessionId: string) => Promise<void>;
    } = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    return this.transactions.run(async (tx) => {
      const { id, token, expiresAt } = await this.sessions.create(tx, user.id, client);
      await options.within?.(tx, id);
      await this.audit.record(tx, {
        actor: userActor(user),
        action: IDENTITY_AUDIT_ACTIONS.signedIn,
        target: { type: 'user', id: user.id },
        after: {
          method,
          ...options.details,
          userAgent: client.userAgent?.slice(0, 300) ?? null,
        },
        context: { requestId: client.requestId, ipAddress: client.ipAddress },
      });
      return { token, expiresAt };
    });
  }

  /** Ends every session of the viewer and records it. */
  async logOutEverywhere(viewer: Viewer, client: ClientMeta): Promise<number> {
    return this.transactions.run(async (tx) => {
      const ended = await this.sessions.revokeAll(viewer.id, tx);
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: IDENTITY_AUDIT_ACTIONS.signedOutEverywhere,
        target: { type: 'user', id: viewer.id },
        after: { sessionsEnded: ended },
        context: { requestId: client.requestId, ipAddress: client.ipAddress },
      });
      return ended;
    });
  }

  /**
   * Changes the viewer's password after checking the current one (wrong guesses count towards
   * the account's log-in limit) and ends their other sessions, in one audited transaction.
   * Returns how many sessions ended.
   */
  async changePassword(viewer: Viewer, input: unknown, client: ClientMeta): Promise<number> {
    this.assertBrowserSession(viewer);
    const { currentPassword, newPassword } = validateInput(changePasswordSchema, input);
    const user = await this.users.findWithPassword(viewer.id);
    if (!user) throw new UnauthenticatedError();
    const attempt: LoginAttempt = { account: user.id, address: client.ipAddress, device: null };
    await this.throttle.assertAllowed(attempt);
    if (!(await this.hasher.verify(user.passwordHash ?? null, currentPassword))) {
      await this.throttle.recordFailure(attempt);
      throw new BadUserInputError([
        { path: ['currentPassword'], message: 'The current password is not right.' },
      ]);
    }
    const problem = passwordProblem(newPassword, { handle: user.handle, email: user.email });
    if (problem) throw new BadUserInputError([{ path: ['newPassword'], message: problem }]);
    const passwordHash = await this.hasher.hash(newPassword);
    return this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(tx, user.id, passwordHash);
      const ended = await this.sessions.revokeOthers(user.id, viewer.sessionId, tx);
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: IDENTITY_AUDIT_ACTIONS.passwordChanged,
        target: { type: 'user', id: user.id },
        after: { otherSessionsEnded: ended },
        context: { requestId: client.requestId, ipAddress: client.ipAddress },
      });
      return ended;
    });
  }

  /** Ends one of the viewer's own sessions ("sign out that device") and records it. */
  async endSession(viewer: Viewer, sessionId: string, client: ClientMeta): Promise<void> {
    this.assertBrowserSession(viewer);
    if (!isUuid(sessionId)) throw new NotFoundError('That session');
    await this.transactions.run(async (tx) => {
      const ended = await this.sessions.revokeOwn(viewer.id, sessionId, tx);
      if (ended === 0) throw new NotFoundError('That session');
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: IDENTITY_AUDIT_ACTIONS.sessionEnded,
        target: { type: 'user', id: viewer.id },
        after: { sessionId, current: sessionId === viewer.sessionId },
        context: { requestId: client.requestId, ipAddress: client.ipAddress },
      });
    });
  }

  /** Passwords and sessions are managed from a signed-in browser, never with an API token. */
  private assertBrowserSession(viewer: Viewer): void {
    if (viewer.tokenScopes)
      throw new ForbiddenError('Manage your password and sessions from a signed-in browser.');
  }

  /** A refused sign-in: who was tried (when known) and why; the answer to the caller stays vague. */
  private async recordRefusal(
    client: ClientMeta,
    login: string,
    user: UserEntity | null,
    reason: string,
  ): Promise<void> {
    await this.audit.record(this.transactions.manager, {
      actor: ANONYMOUS_ACTOR,
      action: IDENTITY_AUDIT_ACTIONS.signInFailed,
      target: user ? { type: 'user', id: user.id } : null,
      after: { method: 'password', login: login.slice(0, 254) },
      reason,
      context: { requestId: client.requestId, ipAddress: client.ipAddress },
    });
  }
}
