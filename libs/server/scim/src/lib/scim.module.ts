import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { IdentityModule } from '@outloud/identity';
import { ScimDiscoveryController } from './discovery/scim-discovery.controller';
import { scimBodyParser } from './protocol/scim-http';
import { ScimTokenGuard } from './token/scim-token.guard';
import { ScimTokenRepository } from './token/scim-token.repository';
import { ScimTokenResolver } from './token/scim-token.resolver';
import { ScimTokenService } from './token/scim-token.service';
import { ScimUserRepository } from './users/scim-user.repository';
import { ScimUsersController } from './users/scim-users.controller';
import { ScimUsersService } from './users/scim-users.service';

/** SCIM 2.0 provisioning at /scim/v2 (RFC 7643, 7644), behind admin-issued bearer tokens. */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [ScimDiscoveryController, ScimUsersController],
  providers: [
    ScimTokenGuard,
    ScimTokenRepository,
    ScimTokenResolver,
    ScimTokenService,
    ScimUserRepository,
    ScimUsersService,
  ],
})
export class ScimModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(scimBodyParser).forRoutes(ScimUsersController);
  }
}
