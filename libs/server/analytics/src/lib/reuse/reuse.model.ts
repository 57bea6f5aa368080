import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ANALYTICS_METRICS as METRICS } from '@outloud/contracts';
import { AnalyticsCommunityRef } from '../dto/analytics.model';

export enum QuestionUseKind {
  VIEW = 'VIEW',
  SEARCH_CLICK = 'SEARCH_CLICK',
}
registerEnumType(QuestionUseKind, {
  name: 'QuestionUseKind',
  description: 'How a question was used: its page opened, or chosen from search results.',
});

@ObjectType({ description: 'One UTC day of knowledge reuse.' })
export class AnalyticsReuseDay {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  searchClicks: number;
}

@ObjectType({ description: 'Uses of reused knowledge in one period.' })
export class AnalyticsReuseTotals {
  @Field(() => Int, { description: METRICS.questionReuse.text })
  views: number;

  @Field(() => Int, { description: METRICS.questionReuse.text })
  searchClicks: number;

  @Field(() => Int, { description: METRICS.reusedQuestions.text })
  questions: number;
}

@ObjectType({ description: 'An answered question older than 30 days that the viewer may read.' })
export class AnalyticsReusedQuestion {
  @Field(() => ID)
  postId: string;

  @Field({ description: 'The first 160 characters of the question.' })
  excerpt: string;

  @Field(() => AnalyticsCommunityRef, { nullable: true })
  community: AnalyticsCommunityRef | null;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  searchClicks: number;
}

@ObjectType({
  description:
    'Reused questions in restricted communities the viewer is not a member of: counts only, never an id or a word.',
})
export class AnalyticsHiddenReuse {
  @Field(() => Int)
  questions: number;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  searchClicks: number;
}

@ObjectType({ description: METRICS.contentGaps.text })
export class AnalyticsContentGap {
  @Field({ description: 'What people typed, normalised (lower case, spaces collapsed).' })
  query: string;

  @Field(() => Int, { description: 'Person-days it was searched and found nothing.' })
  searches: number;
}

@ObjectType({ description: 'Searches that found nothing in the period (the whole organisation).' })
export class AnalyticsContentGaps {
  @Field(() => [AnalyticsContentGap], {
    description: 'Up to 20 texts searched at least `minSearches` times, most searched first.',
  })
  top: AnalyticsContentGap[];

  @Field(() => Int, { description: 'Texts at or above the threshold (the list stops at 20).' })
  texts: number;

  @Field(() => Int, { description: 'Texts searched fewer times than the threshold: not shown.' })
  textsBelowThreshold: number;

  @Field(() => Int, { description: 'The threshold: fewer searches than this keep a text hidden.' })
  minSearches: number;

  @Field(() => Int, { description: 'Every search that found nothing in the period.' })
  emptySearches: number;

  @Field(() => Int)
  previousEmptySearches: number;
}

@ObjectType({
  description: `Knowledge reuse: answered questions found again after 30 days, and what searches could not find. Counted in aggregate; never linked to a person. The community filter narrows the questions; the department filter does not apply (uses are anonymous), and content gaps are organisation-wide. ${METRICS.questionReuse.text}`,
})
export class AnalyticsKnowledgeReuse {
  @Field(() => AnalyticsReuseTotals)
  totals: AnalyticsReuseTotals;

  @Field(() => AnalyticsReuseTotals, { description: 'The same number of days just before.' })
  previousTotals: AnalyticsReuseTotals;

  @Field(() => Float, {
    nullable: true,
    description:
      'Change of views plus search clicks against the previous period (0.25 = +25%); null when it had none.',
  })
  change: number | null;

  @Field(() => [AnalyticsReuseDay], { description: 'Every day of the period, zeros included.' })
  series: AnalyticsReuseDay[];

  @Field(() => [AnalyticsReusedQuestion], {
    description: 'Up to 10 questions the viewer may read, by views plus search clicks.',
  })
  topQuestions: AnalyticsReusedQuestion[];

  @Field(() => AnalyticsHiddenReuse)
  hidden: AnalyticsHiddenReuse;

  @Field(() => AnalyticsContentGaps)
  contentGaps: AnalyticsContentGaps;

  @Field({
    description:
      'Always false: views and searches carry no person, so no department filter applies.',
  })
  departmentFilterApplies: boolean;
}
