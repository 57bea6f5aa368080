import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import {
  AccessPolicy,
  BadUserInputError,
  CurrentViewer,
  ForbiddenError,
  GraphqlContext,
  optionalViewerIn,
  requestLoader,
  requestState,
  Viewer,
} from '@outloud/server-core';
import { Post } from '@outloud/stream';
import { RoutingOutcome, RoutingSettings, RoutingSettingsInput } from './dto/routing.model';
import { RoutingSettingsService } from './routing-settings.service';
import { RoutingService } from './routing.service';

/** The asker's view of routing on their question, and the admins' settings and figures. */
@Resolver(() => Post)
export class RoutingResolver {
  constructor(
    private readonly routing: RoutingService,
    private readonly settings: RoutingSettingsService,
    private readonly policy: AccessPolicy,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'To the asker only: how many people routing offered this unanswered question to (null when none, or for anyone else). Never who.',
  })
  async routedTo(post: Post, _args: unknown, ctx: GraphqlContext): Promise<number | null> {
    const viewer = optionalViewerIn(ctx);
    if (!viewer || !post.isQuestion || post.authorId !== viewer.id) return null;
    return requestLoader<string, number | null>(ctx.req, 'routing.routedTo', async (ids) => {
      const counts = await this.routing.routedCounts(ids);
      return ids.map((id) => counts.get(id) ?? null);
    }).load(post.id);
  }

  @Query(() => RoutingSettings, { description: 'Admins only.' })
  async routingSettings(@CurrentViewer() viewer: Viewer): Promise<RoutingSettings> {
    const values = await this.settings.read(viewer);
    return { ...values, timeZone: (await this.routing.schedule(values)).timeZone };
  }

  @Mutation(() => RoutingSettings, {
    description: 'Admins only; values out of range are refused (BAD_USER_INPUT).',
  })
  async setRoutingSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RoutingSettingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RoutingSettings> {
    const values = await this.settings.change(
      viewer,
      { ...input },
      auditContextOf(requestState(ctx.req)),
    );
    return { ...values, timeZone: (await this.routing.schedule(values)).timeZone };
  }

  @Query(() => [RoutingOutcome], {
    description:
      'Admins only: questions asked in the last `days` days (1–365), routed and not routed: answer rate and time to first answer.',
  })
  async routingOutcomes(
    @CurrentViewer() viewer: Viewer,
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
  ): Promise<RoutingOutcome[]> {
    await this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: () => new ForbiddenError('Only admins can do that.') },
    );
    if (!Number.isInteger(days) || days < 1 || days > 365)
      throw BadUserInputError.field(['days'], '"days" must be between 1 and 365.');
    return this.routing.outcomesOfLastDays(days);
  }
}
