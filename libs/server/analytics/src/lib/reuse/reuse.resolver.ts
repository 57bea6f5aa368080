import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer, viewerIn } from '@outloud/server-core';
import { AdoptionAnalytics } from '../dto/analytics.model';
import { AnalyticsKnowledgeReuse, QuestionUseKind } from './reuse.model';
import { KnowledgeReuseService } from './reuse.service';

/** `AdoptionAnalytics.knowledgeReuse`: read only when asked for, for the parent's period and community. */
@Resolver(() => AdoptionAnalytics)
export class AnalyticsReuseResolver {
  constructor(private readonly reuse: KnowledgeReuseService) {}

  @ResolveField(() => AnalyticsKnowledgeReuse)
  knowledgeReuse(
    a: AdoptionAnalytics,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<AnalyticsKnowledgeReuse> {
    const viewer = viewerIn(ctx);
    return this.reuse.forPeriod(viewer, a, a.community?.id ?? null);
  }
}

/** What clients report: counted in memory, written in batches, never with the person. */
@Resolver()
export class QuestionUseResolver {
  constructor(private readonly reuse: KnowledgeReuseService) {}

  @Mutation(() => Boolean, {
    description:
      'Reports that the viewer opened a question (VIEW) or chose it from search results (SEARCH_CLICK), for knowledge reuse. Counted once per person, question and day; the person is not stored. Always true.',
  })
  recordQuestionUse(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('via', { type: () => QuestionUseKind }) via: QuestionUseKind,
  ): boolean {
    this.reuse.recordQuestionUse(viewer, postId, via);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Reports that a settled search without filters found nothing, for content gaps. Counted once per person, text and day; the person is not stored. Always true.',
  })
  recordEmptySearch(@CurrentViewer() viewer: Viewer, @Args('query') query: string): boolean {
    this.reuse.recordEmptySearch(viewer, query);
    return true;
  }
}
