import { AuthResolver } from './lib/auth/auth.resolver';
import { UserResolver } from './lib/user/user.resolver';

export { IdentityModule } from './lib/identity.module';
export { SessionService } from './lib/session/session.service';
export {
  clearSessionCookie,
  readSessionToken,
  SESSION_COOKIE,
  setSessionCookie,
} from './lib/session/session-cookie';
export { AuthService } from './lib/auth/auth.service';
export type { ClientMeta } from './lib/auth/auth.service';
export type { DirectoryPerson } from './lib/user/user.schemas';
export { UserRepository } from './lib/user/user.repository';
export type { UserRow } from './lib/user/user.repository';
export { UserService } from './lib/user/user.service';
export {
  DEFAULT_TIME_ZONE,
  InstanceSettingsService,
  isTimeZone,
} from './lib/settings/instance-settings.service';
export { UserEntity } from './lib/user/user.entity';
export { User, UserConnection } from './lib/user/dto/user.model';
export { toUserModel } from './lib/user/user.mapper';

/** Resolver classes, for generating the schema without a database. */
export const IDENTITY_RESOLVERS = [AuthResolver, UserResolver];
