import { Injectable } from '@nestjs/common';
import {
  AuditActor,
  AuditContext,
  AuditService,
  IDENTITY_AUDIT_ACTIONS,
  userActor,
} from '@outloud/audit';
import { LIMITS, UserRole, UserStatus } from '@outloud/contracts';
import {
  AccessPolicy,
  AppConfig,
  BadUserInputError,
  ConflictError,
  cursorCodec,
  ForbiddenError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  OutboxService,
  Page,
  pageSize,
  readProfileImage,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { UserAvatarEntity } from '../avatar/user-avatar.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../session/session.service';
import { InstanceSettingsService } from '../settings/instance-settings.service';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import {
  deactivationReasonSchema,
  DirectoryPerson,
  directoryPersonSchema,
  handleCandidates,
  peopleFilterSchema,
  signUpSchema,
  updateProfileSchema,
} from './user.schemas';

/** At most this many departments are offered as a filter. */
const MAX_DEPARTMENTS = 200;

/** Stored for accounts without a local password: never a valid argon2 hash, so never verifies. */
const NO_PASSWORD = '!directory';
/** People lists are sorted by lower-cased display name, then id. */
const PEOPLE_CURSOR = cursorCodec({ name: 'text', id: 'uuid' });
const peopleKey = (u: UserEntity) => ({ name: u.displayName.toLowerCase(), id: u.id });

/** Registration, profiles, roles and deactivation. */
@Injectable()
export class UserService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly settings: InstanceSettingsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Creates an account. The very first account becomes admin; afterwards sign-up must be open
   * (admins may close it). Serialised with an advisory lock so two "first" sign-ups cannot race.
   */
  async signUp(
    input: unknown,
    options: {
      role?: UserRole;
      bypassClosedSignUp?: boolean;
      /** Who creates the account; default: the person signing up. */
      actor?: AuditActor;
      context?: AuditContext;
    } = {},
    manager?: EntityManager,
  ): Promise<UserEntity> {
    if (!this.config.get('PASSWORD_LOGIN') && !options.bypassClosedSignUp)
      throw new ForbiddenError(
        'Accounts here come from your identity provider: use the single sign-on button.',
      );
    const values = validateInput(signUpSchema, input);
    const passwordHash = await this.hasher.hash(values.password);
    const run = async (tx: EntityManager) => {
      await this.users.lockSignUps(tx);
      const isFirst = (await this.users.count(tx)) === 0;
      if (!isFirst && !options.bypassClosedSignUp && !(await this.settings.openSignUp(tx))) {
        throw new ForbiddenError('Sign-up is closed. Ask an admin to create your account.');
      }
      const taken = await this.users.handleOrEmailTaken(tx, values.handle, values.email);
      if (taken.handle)
        throw new ConflictError(`The handle "${values.handle}" is already taken.`, [
          'input',
          'handle',
        ]);
      if (taken.email)
        throw new ConflictError('An account with this e-mail already exists.', ['input', 'email']);
      const user = tx.create(UserEntity, {
        handle: values.handle,
        displayName: values.displayName,
        email: values.email,
        passwordHash,
        role: isFirst ? UserRole.ADMIN : (options.role ?? UserRole.MEMBER),
      });
      await tx.save(user);
      await this.outbox.enqueue(tx, 'identity.user.registered', { userId: user.id });
      await this.audit.record(tx, {
        actor: options.actor ?? userActor(user),
        action: IDENTITY_AUDIT_ACTIONS.signedUp,
        target: { type: 'user', id: user.id },
        after: { handle: user.handle, email: user.email, role: user.role },
        context: options.context,
      });
      return user;
    };
    try {
      return manager ? await run(manager) : await this.transactions.run(run);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('That handle or e-mail is already taken.', ['input', 'handle']);
      throw error;
    }
  }

  /**
   * Creates an account for a person the identity provider or the HR directory vouches for (single
   * sign-on's first sign-in, SCIM). No password: they sign in through the provider. The handle
   * comes from the first usable candidate, made unique. Runs in the caller's transaction.
   */
  async createFromDirectory(
    tx: EntityManager,
    person: DirectoryPerson,
    audit: { actor: AuditActor; context?: AuditContext; source: string },
  ): Promise<UserEntity> {
    const values = validateInput(directoryPersonSchema, person, 'person');
    await this.users.lockSignUps(tx);
    const isFirst = (await this.users.count(tx)) === 0;
    const taken = await this.users.handleOrEmailTaken(tx, '', values.email);
    if (taken.email)
      throw new ConflictError('An account with this e-mail already exists.', ['person', 'email']);
    const handle = await this.users.uniqueHandle(
      tx,
      handleCandidates(person.handles, values.email),
    );
    const user = tx.create(UserEntity, {
      handle,
      displayName: values.displayName,
      email: values.email,
      passwordHash: NO_PASSWORD,
      jobTitle: values.jobTitle ?? null,
      department: values.department ?? null,
      locale: values.locale ?? null,
      role: isFirst ? UserRole.ADMIN : (values.role ?? UserRole.MEMBER),
    });
    await tx.save(user);
    await this.outbox.enqueue(tx, 'identity.user.registered', { userId: user.id });
    await this.audit.record(tx, {
      actor: audit.actor,
      action: IDENTITY_AUDIT_ACTIONS.provisioned,
      target: { type: 'user', id: user.id },
      after: { source: audit.source, handle, email: user.email, role: user.role },
      context: audit.context,
    });
    return user;
  }

  /**
   * Applies what the directory says about a person (name, title, department, locale, e-mail,
   * role): only fields given, only real changes, each change in the audit log. The last active
   * admin is never demoted this way. Runs in the caller's transaction.
   */
  async updateFromDirectory(
    tx: EntityManager,
    userId: string,
    changes: Partial<Omit<DirectoryPerson, 'handles'>>,
    audit: { actor: AuditActor; context?: AuditContext; source: string },
  ): Promise<UserEntity> {
    const values = validateInput(directoryPersonSchema.partial(), changes, 'person');
    const user = await this.lockUser(tx, userId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ['displayName', 'email', 'jobTitle', 'department', 'locale'] as const) {
      const value = values[key];
      if (value === undefined || value === user[key]) continue;
      if (key === 'email' && value) {
        const taken = await this.users.handleOrEmailTaken(tx, '', value);
        if (taken.email && value.toLowerCase() !== user.email.toLowerCase())
          throw new ConflictError('Another account has this e-mail.', ['person', 'email']);
      }
      before[key] = user[key];
      after[key] = value;
      (user as unknown as Record<string, unknown>)[key] = value;
    }
    const roleBefore = user.role;
    if (values.role && values.role !== user.role) {
      const lastAdmin =
        user.role === UserRole.ADMIN && !(await this.hasAnotherActiveAdmin(tx, user.id));
      if (!lastAdmin) user.role = values.role;
    }
    if (Object.keys(after).length === 0 && user.role === roleBefore) return user;
    await tx.save(user);
    // Cached sessions are read again (other nodes within SESSION_CACHE_MS).
    if (user.role !== roleBefore) this.sessions.forgetUser(user.id);
    if (Object.keys(after).length > 0) {
      await this.outbox.enqueue(tx, 'identity.user.profileUpdated', { userId: user.id });
      await this.audit.record(tx, {
        actor: audit.actor,
        action: IDENTITY_AUDIT_ACTIONS.profileSynced,
        target: { type: 'user', id: user.id },
        before,
        after: { ...after, source: audit.source },
        context: audit.context,
      });
    }
    if (user.role !== roleBefore)
      await this.audit.record(tx, {
        actor: audit.actor,
        action: IDENTITY_AUDIT_ACTIONS.roleChanged,
        target: { type: 'user', id: user.id },
        before: { role: roleBefore },
        after: { role: user.role, source: audit.source },
        context: audit.context,
      });
    return user;
  }

  async updateProfile(viewer: Viewer, input: unknown): Promise<UserEntity> {
    const values = validateInput(updateProfileSchema, input);
    if (values.avatarDataUrl && values.removeAvatar) {
      throw BadUserInputError.field(
        ['input', 'removeAvatar'],
        'Choose either a new photo or removing it, not both.',
      );
    }
    const avatar = values.avatarDataUrl
      ? await readProfileImage(values.avatarDataUrl, ['input', 'avatarDataUrl'])
      : null;
    return this.transactions.run(async (tx) => {
      const user = await tx.findOneBy(UserEntity, { id: viewer.id });
      if (!user) throw new NotFoundError('Your account');
      const { avatarDataUrl: _a, removeAvatar, ...fields } = values;
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) (user as unknown as Record<string, unknown>)[key] = value;
      }
      if (avatar) {
        await tx.upsert(
          UserAvatarEntity,
          {
            userId: user.id,
            mimeType: avatar.mimeType,
            bytes: avatar.bytes,
            sha256: avatar.sha256,
          },
          ['userId'],
        );
        user.avatarSha256 = avatar.sha256;
      } else if (removeAvatar) {
        await tx.delete(UserAvatarEntity, { userId: user.id });
        user.avatarSha256 = null;
      }
      await tx.save(user);
      await this.outbox.enqueue(tx, 'identity.user.profileUpdated', { userId: user.id });
      return user;
    });
  }

  /**
   * Ends every session at once; content stays visible, attributed to a former colleague. The
   * admin's reason, when given, goes to the audit log.
   */
  async deactivate(
    viewer: Viewer,
    userId: string,
    context?: AuditContext,
    reason?: string | null,
  ): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    const why = validateInput(deactivationReasonSchema, reason, 'reason');
    if (userId === viewer.id) throw new ForbiddenError('You cannot deactivate your own account.');
    return this.transactions.run((tx) =>
      this.setStatus(tx, userId, UserStatus.DEACTIVATED, {
        actor: userActor(viewer),
        context,
        reason: why,
      }),
    );
  }

  async reactivate(viewer: Viewer, userId: string, context?: AuditContext): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    return this.transactions.run((tx) =>
      this.setStatus(tx, userId, UserStatus.ACTIVE, { actor: userActor(viewer), context }),
    );
  }

  /**
   * Deactivation or reactivation the HR directory asks for (SCIM `active`), in the caller's
   * transaction: the same effects as an admin's, with the directory as the actor.
   */
  setStatusFromDirectory(
    tx: EntityManager,
    userId: string,
    status: UserStatus,
    audit: { actor: AuditActor; context?: AuditContext; source: string },
  ): Promise<UserEntity> {
    return this.setStatus(tx, userId, status, audit);
  }

  private async setStatus(
    tx: EntityManager,
    userId: string,
    status: UserStatus,
    audit: { actor: AuditActor; context?: AuditContext; source?: string; reason?: string | null },
  ): Promise<UserEntity> {
    const user = await this.lockUser(tx, userId);
    if (user.status === status) return user;
    const source = audit.source ? { source: audit.source } : {};
    if (status === UserStatus.DEACTIVATED) {
      if (user.role === UserRole.ADMIN) await this.assertAnotherActiveAdmin(tx, user.id);
      user.status = UserStatus.DEACTIVATED;
      user.deactivatedAt = new Date();
      await tx.save(user);
      const sessionsEnded = await this.sessions.revokeAll(user.id, tx);
      await this.outbox.enqueue(tx, 'identity.user.deactivated', { userId: user.id });
      await this.audit.record(tx, {
        actor: audit.actor,
        action: IDENTITY_AUDIT_ACTIONS.deactivated,
        target: { type: 'user', id: user.id },
        before: { status: UserStatus.ACTIVE },
        after: { status: UserStatus.DEACTIVATED, sessionsEnded, ...source },
        reason: audit.reason ?? null,
        context: audit.context,
      });
    } else {
      user.status = UserStatus.ACTIVE;
      user.deactivatedAt = null;
      await tx.save(user);
      await this.outbox.enqueue(tx, 'identity.user.reactivated', { userId: user.id });
      await this.audit.record(tx, {
        actor: audit.actor,
        action: IDENTITY_AUDIT_ACTIONS.reactivated,
        target: { type: 'user', id: user.id },
        before: { status: UserStatus.DEACTIVATED },
        after: { status: UserStatus.ACTIVE, ...source },
        context: audit.context,
      });
    }
    return user;
  }

  async setRole(
    viewer: Viewer,
    userId: string,
    role: UserRole,
    context?: AuditContext,
  ): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    const user = await this.transactions.run(async (tx) => {
      const user = await this.lockUser(tx, userId);
      if (user.role === role) return user;
      if (user.role === UserRole.ADMIN) await this.assertAnotherActiveAdmin(tx, user.id);
      const before = user.role;
      user.role = role;
      await tx.save(user);
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: IDENTITY_AUDIT_ACTIONS.roleChanged,
        target: { type: 'user', id: user.id },
        before: { role: before },
        after: { role },
        context,
      });
      return user;
    });
    // After commit: a request resolving the session meanwhile could cache the old role.
    this.sessions.forgetUser(userId);
    return user;
  }

  async search(args: {
    query?: string | null;
    first?: number | null;
    after?: string | null;
    includeFormer?: boolean | null;
  }): Promise<Page<UserEntity>> {
    const limit = pageSize(args.first);
    const query = args.query?.trim() ?? '';
    if (query.length > LIMITS.handle.max + LIMITS.displayName.max) {
      throw BadUserInputError.field(['query'], 'Search text is too long.');
    }
    const after = PEOPLE_CURSOR.decode(args.after);
    const rows = await this.users.search({
      query: query || null,
      includeFormer: !!args.includeFormer,
      limit,
      after,
    });
    return PEOPLE_CURSOR.page(rows, limit, peopleKey);
  }

  /** The people administration: everyone, former colleagues too, filtered (admins). */
  async people(
    viewer: Viewer,
    args: { filter?: unknown; first?: number | null; after?: string | null },
  ): Promise<Page<UserEntity>> {
    await this.assertAdmin(viewer);
    const filter = validateInput(peopleFilterSchema, args.filter ?? {}, 'filter');
    const limit = pageSize(args.first);
    const after = PEOPLE_CURSOR.decode(args.after);
    const rows = await this.users.search({
      query: filter.query || null,
      includeFormer: true,
      limit,
      after,
      department: filter.department ?? null,
      role: filter.role ?? null,
      status: filter.status ?? null,
    });
    return PEOPLE_CURSOR.page(rows, limit, peopleKey);
  }

  /** The departments people gave, for the people filter (admins). */
  async departments(viewer: Viewer): Promise<string[]> {
    await this.assertAdmin(viewer);
    return this.users.departments(MAX_DEPARTMENTS);
  }

  async assertAdmin(viewer: Viewer): Promise<void> {
    await this.policy.require(
      viewer,
      'site.administer',
      {},
      {
        orElse: () => new ForbiddenError('Only admins can do that.'),
      },
    );
  }

  private async lockUser(tx: EntityManager, userId: string): Promise<UserEntity> {
    const user = isUuid(userId)
      ? await tx.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!user) throw new NotFoundError('That person');
    return user;
  }

  /** Never leave the organisation without an active admin. */
  private async assertAnotherActiveAdmin(tx: EntityManager, exceptUserId: string): Promise<void> {
    if (!(await this.hasAnotherActiveAdmin(tx, exceptUserId)))
      throw new ConflictError('The organisation needs at least one active admin.');
  }

  private async hasAnotherActiveAdmin(tx: EntityManager, exceptUserId: string): Promise<boolean> {
    const others = await tx.countBy(UserEntity, {
      role: UserRole.ADMIN,
      status: UserStatus.ACTIVE,
    });
    const self = await tx.countBy(UserEntity, {
      id: exceptUserId,
      role: UserRole.ADMIN,
      status: UserStatus.ACTIVE,
    });
    return others - self >= 1;
  }
}
