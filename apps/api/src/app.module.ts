import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AnalyticsModule } from '@outloud/analytics';
import { ApiTokensModule } from '@outloud/api-tokens';
import { BookmarksModule } from '@outloud/bookmarks';
import { CommunitiesModule } from '@outloud/communities';
import { ExpertiseModule } from '@outloud/expertise';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { MetricsModule } from '@outloud/metrics';
import { ModerationModule } from '@outloud/moderation';
import { NotificationsModule } from '@outloud/notifications';
import { PolicyModule } from '@outloud/policy';
import { RealtimeModule } from '@outloud/realtime';
import { RoutingModule } from '@outloud/routing';
import { ScimModule } from '@outloud/scim';
import { SearchModule } from '@outloud/search';
import { SsoModule } from '@outloud/sso';
import { StreamModule } from '@outloud/stream';
import { CoreModule, CoreModuleOptions, graphqlOptions } from '@outloud/server-core';
import { HealthController } from './health/health.controller';

/** The domains the product is made of. Tests import the same list. */
export const DOMAIN_MODULES = [
  IdentityModule,
  PolicyModule,
  CommunitiesModule,
  StreamModule,
  SearchModule,
  RealtimeModule,
  NotificationsModule,
  FilesModule,
  BookmarksModule,
  AnalyticsModule,
  SsoModule,
  ScimModule,
  ApiTokensModule,
  MetricsModule,
  ModerationModule,
  ExpertiseModule,
  RoutingModule,
];

/** Wiring only: core services, GraphQL, the domains, health checks. */
@Module({})
export class AppModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config, options.logger),
        }),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
    };
  }
}
