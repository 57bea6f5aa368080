import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { IdentityModule } from '@outloud/identity';
import express from 'express';
import { IdentityProviderClient } from './identity-provider.client';
import { SsoController } from './sso.controller';
import { SsoLoginService } from './sso-login.service';
import { SsoLogoutService } from './sso-logout.service';
import { SsoRepository } from './sso.repository';
import { SsoResolver } from './sso.resolver';

/** OpenID Connect single sign-on (off unless OIDC_ISSUER is set). */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [SsoController],
  providers: [
    IdentityProviderClient,
    SsoRepository,
    SsoLoginService,
    SsoLogoutService,
    SsoResolver,
  ],
  exports: [IdentityProviderClient],
})
export class SsoModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Back-channel logout tokens come as a small form post.
    consumer
      .apply(express.urlencoded({ extended: false, limit: '32kb' }))
      .forRoutes('auth/oidc/backchannel-logout');
  }
}
