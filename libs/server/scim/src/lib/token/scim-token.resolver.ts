import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { CurrentViewer, GraphqlContext, requestState, Viewer } from '@outloud/server-core';
import { CreatedScimToken, ScimToken } from './dto/scim-token.model';
import { ScimTokenService } from './scim-token.service';

@Resolver()
export class ScimTokenResolver {
  constructor(private readonly tokens: ScimTokenService) {}

  @Query(() => [ScimToken], { description: 'SCIM tokens, live ones first (admins).' })
  scimTokens(@CurrentViewer() viewer: Viewer): Promise<ScimToken[]> {
    return this.tokens.list(viewer);
  }

  @Mutation(() => CreatedScimToken, {
    description: 'A new bearer token for /scim/v2 (admins). The secret is returned only here.',
  })
  createScimToken(
    @CurrentViewer() viewer: Viewer,
    @Args('name') name: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CreatedScimToken> {
    return this.tokens.create(viewer, { name }, auditContextOf(requestState(ctx.req)));
  }

  @Mutation(() => ScimToken, { description: 'Revokes a SCIM token at once (admins).' })
  revokeScimToken(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ScimToken> {
    return this.tokens.revoke(viewer, id, auditContextOf(requestState(ctx.req)));
  }
}
