import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@outloud/audit';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginFailureEntity } from './auth/login-failure.entity';
import { LoginDeviceRepository } from './auth/login-device.repository';
import { LoginFailureRepository } from './auth/login-failure.repository';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { AvatarController } from './avatar/avatar.controller';
import { UserAvatarEntity } from './avatar/user-avatar.entity';
import { SessionEntity } from './session/session.entity';
import { SessionMiddleware } from './session/session.middleware';
import { SessionRepository } from './session/session.repository';
import { SessionService } from './session/session.service';
import { InstanceSettingEntity } from './settings/instance-setting.entity';
import { InstanceSettingsService } from './settings/instance-settings.service';
import { UserEntity } from './user/user.entity';
import { UserRepository } from './user/user.repository';
import { ProfileDetails } from './user/profile-details';
import { UserResolver } from './user/user.resolver';
import { UserService } from './user/user.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([
      UserEntity,
      UserAvatarEntity,
      SessionEntity,
      LoginFailureEntity,
      InstanceSettingEntity,
    ]),
  ],
  controllers: [AvatarController],
  providers: [
    AuthResolver,
    AuthService,
    LoginThrottle,
    LoginFailureRepository,
    LoginDeviceRepository,
    PasswordHasher,
    ProfileDetails,
    SessionRepository,
    SessionService,
    InstanceSettingsService,
    UserRepository,
    UserResolver,
    UserService,
  ],
  exports: [AuthService, InstanceSettingsService, SessionService, UserRepository, UserService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
