import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import { byKeys, CurrentViewer, GraphqlContext, requestLoader, Viewer } from '@outloud/server-core';
import { AnalyticsService } from './analytics.service';
import {
  AdoptionAnalytics,
  AnalyticsContributor,
  AnalyticsRangeInput,
  AnalyticsUnansweredQuestion,
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

/** People named by the dashboard, loaded once per request. */
function people(users: UserRepository, ctx: GraphqlContext) {
  return requestLoader<string, User | null>(ctx.req, 'analytics.user', async (ids) =>
    byKeys(ids, (await users.findByIds(ids)).map(toUserModel), (u) => u.id),
  );
}

@Resolver(() => AnalyticsContributor)
export class AnalyticsContributorResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  user(c: AnalyticsContributor, _args: unknown, ctx: GraphqlContext) {
    return people(this.users, ctx).load(c.userId);
  }
}

@Resolver(() => AnalyticsUnansweredQuestion)
export class AnalyticsUnansweredResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  asker(q: AnalyticsUnansweredQuestion, _args: unknown, ctx: GraphqlContext) {
    return people(this.users, ctx).load(q.askerId);
  }

  @ResolveField(() => [User])
  async nudge(q: AnalyticsUnansweredQuestion, _args: unknown, ctx: GraphqlContext) {
    const found = await people(this.users, ctx).loadMany(q.nudgeIds);
    return found.filter((u): u is User => !!u && !(u instanceof Error));
  }
}
