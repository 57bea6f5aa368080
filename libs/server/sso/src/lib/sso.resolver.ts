import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clearSessionCookie } from '@outloud/identity';
import { AppConfig, CurrentViewer, GraphqlContext, Public, Viewer } from '@outloud/server-core';
import { LogOutResult, SsoSignIn } from './dto/sso.model';
import { IdentityProviderClient } from './identity-provider.client';
import { SsoLogoutService } from './sso-logout.service';
import { requestOrigin } from './request-origin';

@Resolver()
export class SsoResolver {
  constructor(
    private readonly provider: IdentityProviderClient,
    private readonly logout: SsoLogoutService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => SsoSignIn, {
    nullable: true,
    description: 'Single sign-on on the log-in page; null when it is not configured.',
  })
  ssoSignIn(): SsoSignIn | null {
    const settings = this.provider.settings;
    if (!settings) return null;
    const problem = this.provider.problem;
    return {
      providerName: settings.providerName,
      loginUrl: '/auth/oidc/login',
      available: problem === null,
      problem,
    };
  }

  @Mutation(() => LogOutResult, {
    description:
      'Logs out here and, for a single sign-on session, returns where to end it at the provider.',
  })
  async logOutWithProvider(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<LogOutResult> {
    const url = await this.logout.logOut(viewer, requestOrigin(ctx.req));
    clearSessionCookie(this.config, ctx.req, ctx.res);
    return { providerLogoutUrl: url };
  }
}
