import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import { byKeys, CurrentViewer, GraphqlContext, requestLoader, Viewer } from '@outloud/server-core';
import { AnalyticsService } from './analytics.service';
import {
  AdoptionAnalytics,
  AnalyticsContributor,
  AnalyticsRangeInput,
} from './dto/analytics.model';

@Resolver(() => AdoptionAnalytics)
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @Query(() => AdoptionAnalytics, {
    description: 'Admins only: adoption over a period (default the last 30 days, UTC).',
  })
  adoptionAnalytics(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => AnalyticsRangeInput, nullable: true })
    input?: AnalyticsRangeInput | null,
  ): Promise<AdoptionAnalytics> {
    return this.service.adoption(viewer, input);
  }
}

@Resolver(() => AnalyticsContributor)
export class AnalyticsContributorResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  user(@Parent() c: AnalyticsContributor, @Context() ctx: GraphqlContext) {
    return requestLoader<string, User | null>(ctx.req, 'analytics.user', async (ids) =>
      byKeys(ids, (await this.users.findByIds(ids)).map(toUserModel), (u) => u.id),
    ).load(c.userId);
  }
}
