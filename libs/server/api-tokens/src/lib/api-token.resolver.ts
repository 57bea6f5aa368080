import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { CurrentViewer, GraphqlContext, requestState, Viewer } from '@outloud/server-core';
import { ApiToken, CreateApiTokenInput, CreatedApiToken } from './dto/api-token.model';
import { ApiTokenService } from './api-token.service';

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiToken], { description: "The viewer's API tokens, live ones first." })
  apiTokens(@CurrentViewer() viewer: Viewer): Promise<ApiToken[]> {
    return this.tokens.list(viewer) as Promise<ApiToken[]>;
  }

  @Mutation(() => CreatedApiToken, {
    description: 'A personal API token for scripts; the secret is returned only here.',
  })
  createApiToken(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateApiTokenInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(
      viewer,
      input,
      auditContextOf(requestState(ctx.req)),
    ) as Promise<CreatedApiToken>;
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of the viewer’s API tokens at once.' })
  revokeApiToken(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ApiToken> {
    return this.tokens.revoke(
      viewer,
      id,
      auditContextOf(requestState(ctx.req)),
    ) as Promise<ApiToken>;
  }
}
