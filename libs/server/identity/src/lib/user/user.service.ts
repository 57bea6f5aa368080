import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  decodeCursor,
  ForbiddenError,
  isUniqueViolation,
  NotFoundError,
  OutboxService,
  Page,
  pageSize,
  parseImageDataUrl,
  toPage,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { UserAvatarEntity } from '../avatar/user-avatar.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../session/session.service';
import { InstanceSettingsService } from '../settings/instance-settings.service';
import { UserEntity } from './user.entity';
import { isUuid, UserRepository } from './user.repository';
import { signUpSchema, updateProfileSchema } from './user.schemas';

/** Registration, profiles, roles and deactivation. */
@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const values = validateInput(signUpSchema, input);
    const passwordHash = await this.hasher.hash(values.password);
    const run = async (tx: EntityManager) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('outloud.sign-up'))`);
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
      return manager ? await run(manager) : await this.dataSource.transaction(run);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('That handle or e-mail is already taken.', ['input', 'handle']);
      throw error;
    }
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
      ? parseImageDataUrl(values.avatarDataUrl, ['input', 'avatarDataUrl'])
      : null;
    return this.dataSource.transaction(async (tx) => {
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

  /** Ends every session at once; content stays visible, attributed to a former colleague. */
  async deactivate(viewer: Viewer, userId: string, context?: AuditContext): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    if (userId === viewer.id) throw new ForbiddenError('You cannot deactivate your own account.');
    return this.dataSource.transaction(async (tx) => {
      const user = await this.lockUser(tx, userId);
      if (user.status !== UserStatus.DEACTIVATED) {
        if (user.role === UserRole.ADMIN) await this.assertAnotherActiveAdmin(tx, user.id);
        user.status = UserStatus.DEACTIVATED;
        user.deactivatedAt = new Date();
        await tx.save(user);
        const sessionsEnded = await this.sessions.revokeAll(user.id, tx);
        await this.outbox.enqueue(tx, 'identity.user.deactivated', { userId: user.id });
        await this.audit.record(tx, {
          actor: userActor(viewer),
          action: IDENTITY_AUDIT_ACTIONS.deactivated,
          target: { type: 'user', id: user.id },
          before: { status: UserStatus.ACTIVE },
          after: { status: UserStatus.DEACTIVATED, sessionsEnded },
          context,
        });
      }
      return user;
    });
  }

  async reactivate(viewer: Viewer, userId: string, context?: AuditContext): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    return this.dataSource.transaction(async (tx) => {
      const user = await this.lockUser(tx, userId);
      if (user.status !== UserStatus.ACTIVE) {
        user.status = UserStatus.ACTIVE;
        user.deactivatedAt = null;
        await tx.save(user);
        await this.outbox.enqueue(tx, 'identity.user.reactivated', { userId: user.id });
        await this.audit.record(tx, {
          actor: userActor(viewer),
          action: IDENTITY_AUDIT_ACTIONS.reactivated,
          target: { type: 'user', id: user.id },
          before: { status: UserStatus.DEACTIVATED },
          after: { status: UserStatus.ACTIVE },
          context,
        });
      }
      return user;
    });
  }

  async setRole(
    viewer: Viewer,
    userId: string,
    role: UserRole,
    context?: AuditContext,
  ): Promise<UserEntity> {
    await this.assertAdmin(viewer);
    return this.dataSource.transaction(async (tx) => {
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
    const after = args.after
      ? (decodeCursor(args.after, ['string', 'string']) as [string, string])
      : null;
    const rows = await this.users.search({
      query: query || null,
      includeFormer: !!args.includeFormer,
      limit,
      after,
    });
    return toPage(rows, limit, (u) => [u.displayName.toLowerCase(), u.id]);
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
    const others = await tx.countBy(UserEntity, {
      role: UserRole.ADMIN,
      status: UserStatus.ACTIVE,
    });
    const self = await tx.countBy(UserEntity, {
      id: exceptUserId,
      role: UserRole.ADMIN,
      status: UserStatus.ACTIVE,
    });
    if (others - self < 1)
      throw new ConflictError('The organisation needs at least one active admin.');
  }
}
