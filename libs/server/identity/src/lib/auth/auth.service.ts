import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserStatus } from '@outloud/contracts';
import { UnauthenticatedError, validateInput } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { SessionService } from '../session/session.service';
import { UserEntity } from '../user/user.entity';
import { UserRepository } from '../user/user.repository';
import { logInSchema } from '../user/user.schemas';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface ClientMeta {
  ipAddress: string;
  userAgent?: string;
}

// Unknown person and wrong password get the same answer, so log-in cannot probe for accounts.
const WRONG_CREDENTIALS = 'The handle, e-mail or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Checks credentials (rate limited) and opens a new session. */
  async logIn(
    input: unknown,
    client: ClientMeta,
  ): Promise<{ user: UserEntity; token: string; expiresAt: Date }> {
    const { login, password } = validateInput(logInSchema, input);
    const accountKey = login.toLowerCase();
    await this.throttle.assertAllowed(accountKey, client.ipAddress);
    const user = await this.users.findForLogin(login);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(accountKey, client.ipAddress);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (user.status !== UserStatus.ACTIVE) {
      throw new UnauthenticatedError(
        'This account has been deactivated. Ask an admin if you need it back.',
      );
    }
    await this.throttle.clearAccount(accountKey);
    const session = await this.sessions.create(this.dataSource.manager, user.id, client);
    return { user, ...session };
  }

  /** Opens a session for someone who just signed up. */
  async startSession(
    user: UserEntity,
    client: ClientMeta,
  ): Promise<{ token: string; expiresAt: Date }> {
    return this.sessions.create(this.dataSource.manager, user.id, client);
  }
}
