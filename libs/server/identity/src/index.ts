import { AuthResolver } from './lib/auth/auth.resolver';
import { UserResolver } from './lib/user/user.resolver';

export { IdentityModule } from './lib/identity.module';
export { SessionService } from './lib/session/session.service';
export { readSessionToken, SESSION_COOKIE } from './lib/session/session-cookie';
export { UserRepository } from './lib/user/user.repository';
export { UserService } from './lib/user/user.service';
export { UserEntity } from './lib/user/user.entity';
export { User, UserConnection } from './lib/user/dto/user.model';
export { toUserModel } from './lib/user/user.mapper';

/** Resolver classes, for generating the schema without a database. */
export const IDENTITY_RESOLVERS = [AuthResolver, UserResolver];
