import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { IdentityModule } from '@outloud/identity';
import { ApiTokenMiddleware } from './api-token.middleware';
import { ApiTokenRepository } from './api-token.repository';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';

/** Personal API tokens: `Authorization: Bearer` on /graphql for scripts. */
@Module({
  imports: [IdentityModule, AuditModule],
  providers: [ApiTokenMiddleware, ApiTokenRepository, ApiTokenResolver, ApiTokenService],
})
export class ApiTokensModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ApiTokenMiddleware).forRoutes('graphql');
  }
}
