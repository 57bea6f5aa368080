import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ANALYTICS_METRICS as METRICS } from '@outloud/contracts';
import { User } from '@outloud/identity';

/** Sorts are allow-listed columns of aggregate counts or visible names, never hidden attributes. */
export enum AnalyticsCommunityOrder {
  POSTS = 'POSTS',
  ACTIVE_MEMBERS = 'ACTIVE_MEMBERS',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  NAME = 'NAME',
}
registerEnumType(AnalyticsCommunityOrder, { name: 'AnalyticsCommunityOrder' });

export enum AnalyticsContributorOrder {
  ACCEPTED_ANSWERS = 'ACCEPTED_ANSWERS',
  REPLIES = 'REPLIES',
}
registerEnumType(AnalyticsContributorOrder, { name: 'AnalyticsContributorOrder' });

export enum AnalyticsDepartmentKind {
  DEPARTMENT = 'DEPARTMENT',
  OTHERS = 'OTHERS',
  NONE = 'NONE',
}
registerEnumType(AnalyticsDepartmentKind, {
  name: 'AnalyticsDepartmentKind',
  description:
    'A named department, the smaller departments summed into one row, or people who gave none.',
});

@InputType({
  description: 'Defaults: the last 30 days (UTC) ending today. At most two years (731 days).',
})
export class AnalyticsRangeInput {
  @Field(() => Int, { nullable: true, description: 'Days back from `to` (1-731).' })
  days?: number | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (UTC).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (UTC), inclusive.' })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only people of this department (as people wrote it, any case): who is counted and whose actions count.',
  })
  department?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only what happened in this community (one the viewer may see): actions, posts and questions.',
  })
  communityId?: string | null;

  @Field(() => AnalyticsCommunityOrder, { nullable: true })
  communityOrder?: AnalyticsCommunityOrder | null;

  @Field(() => AnalyticsContributorOrder, { nullable: true })
  contributorOrder?: AnalyticsContributorOrder | null;
}

@ObjectType({ description: 'One UTC day of activity.' })
export class AnalyticsDay {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Int, { description: 'Distinct people who posted, replied or liked.' })
  activePeople: number;

  @Field(() => Int)
  posts: number;

  @Field(() => Int, { description: 'Posts that are questions (also counted in posts).' })
  questions: number;

  @Field(() => Int)
  replies: number;
}

@ObjectType()
export class AnalyticsTotals {
  @Field(() => Int, { description: METRICS.activePeople.text })
  activePeople: number;

  @Field(() => Int, { description: METRICS.posts.text })
  posts: number;

  @Field(() => Int, { description: METRICS.questions.text })
  questions: number;

  @Field(() => Int, { description: METRICS.replies.text })
  replies: number;

  @Field(() => Int)
  likes: number;

  @Field(() => Int)
  acceptedAnswers: number;
}

@ObjectType()
export class AnalyticsParticipation {
  @Field(() => Int, { description: 'Accounts that are not deactivated.' })
  activeAccounts: number;

  @Field(() => Int, { description: 'Of those, people who posted, replied or liked.' })
  activePeople: number;

  @Field(() => Float, { description: 'activePeople / activeAccounts (0-1).' })
  activeShare: number;

  @Field(() => Int, { description: 'People who posted or replied.' })
  posters: number;

  @Field(() => Int, { description: 'People who only liked.' })
  reactors: number;

  @Field(() => Int, { description: 'Accounts with no activity: they may still read.' })
  readers: number;
}

@ObjectType({ description: 'Questions asked in the period and how they were answered.' })
export class AnalyticsAnswering {
  @Field(() => Int)
  questions: number;

  @Field(() => Int, { description: METRICS.answered.text })
  answered: number;

  @Field(() => Int, { description: METRICS.accepted.text })
  accepted: number;

  @Field(() => Float)
  answeredShare: number;

  @Field(() => Float)
  acceptedShare: number;

  @Field(() => Int, { description: METRICS.answeredWithinDay.text })
  answeredWithinDay: number;

  @Field(() => Int, { description: 'Questions asked at least 24 hours ago (the share’s base).' })
  askedDayAgo: number;

  @Field(() => Float, { description: 'answeredWithinDay / askedDayAgo (0-1).' })
  answeredWithinDayShare: number;

  @Field(() => Int, { description: METRICS.answeredWithinWeek.text })
  answeredWithinWeek: number;

  @Field(() => Int, { description: 'Questions asked at least 7 days ago (the share’s base).' })
  askedWeekAgo: number;

  @Field(() => Float, { description: 'answeredWithinWeek / askedWeekAgo (0-1).' })
  answeredWithinWeekShare: number;

  @Field(() => Float, { nullable: true, description: METRICS.firstReplyTime.text })
  firstReplyMedianMinutes: number | null;

  @Field(() => Float, { nullable: true, description: METRICS.firstReplyTime.text })
  firstReplyP90Minutes: number | null;

  @Field(() => Float, { nullable: true, description: METRICS.acceptedTime.text })
  acceptedMedianMinutes: number | null;

  @Field(() => Float, { nullable: true, description: METRICS.acceptedTime.text })
  acceptedP90Minutes: number | null;
}

@ObjectType()
export class AnalyticsContributor {
  @Field(() => User)
  user: User;

  @Field(() => Int)
  acceptedAnswers: number;

  @Field(() => Int)
  replies: number;

  @Field(() => Int)
  posts: number;

  userId: string;
}

@ObjectType({ description: 'A community the viewing admin may see, with its activity.' })
export class AnalyticsCommunity {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'open, moderated or restricted.' })
  type: string;

  @Field(() => Int)
  memberCount: number;

  @Field(() => Int, { description: 'Posts in the period.' })
  posts: number;

  @Field(() => Int, { description: 'Replies in the period.' })
  replies: number;

  @Field(() => Int, { description: METRICS.communityActivePeople.text })
  activeMembers: number;

  @Field()
  lastActivityAt: Date;

  @Field({ description: METRICS.dormant.text })
  isDormant: boolean;

  @Field(() => Int, { description: 'Questions asked in the community during the period.' })
  questions: number;

  @Field(() => Int, {
    description: 'Of those, questions with a reply from someone other than the asker.',
  })
  answeredQuestions: number;

  @Field(() => Float, {
    nullable: true,
    description: `${METRICS.communityAnswerRate.text} (0-1; null when nobody asked.)`,
  })
  answerRate: number | null;

  @Field(() => Float, { nullable: true, description: METRICS.communityFirstAnswer.text })
  firstAnswerMedianMinutes: number | null;
}

@ObjectType({ description: 'A community an unanswered question sits in (visible to the viewer).' })
export class AnalyticsCommunityRef {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;
}

@ObjectType({ description: METRICS.unanswered.text })
export class AnalyticsUnansweredQuestion {
  @Field(() => ID)
  postId: string;

  @Field()
  askedAt: Date;

  @Field({ description: 'The start of the question (up to 160 characters).' })
  excerpt: string;

  @Field(() => User)
  asker: User;

  @Field(() => AnalyticsCommunityRef, { nullable: true })
  community: AnalyticsCommunityRef | null;

  @Field(() => [User], { description: METRICS.nudge.text })
  nudge: User[];

  askerId: string;
  nudgeIds: string[];
}

@ObjectType()
export class AnalyticsUnanswered {
  @Field(() => [AnalyticsUnansweredQuestion], { description: 'Oldest first, up to 20.' })
  questions: AnalyticsUnansweredQuestion[];

  @Field(() => Int, { description: 'Unanswered questions of the period the viewer may read.' })
  total: number;

  @Field(() => Int, {
    description:
      'Unanswered questions the viewer may not read (restricted communities): counted only.',
  })
  hiddenCount: number;
}

@ObjectType()
export class AnalyticsHeatmapCell {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday: number;

  @Field(() => Int, { description: 'Hour of day, 0-23, in the organisation’s time zone.' })
  hour: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: METRICS.engagementHeatmap.text })
export class AnalyticsHeatmap {
  @Field({ description: 'The organisation’s IANA time zone the hours are in.' })
  timeZone: string;

  @Field(() => [AnalyticsHeatmapCell], { description: '168 cells, Monday 00:00 first.' })
  cells: AnalyticsHeatmapCell[];
}

@ObjectType({ description: METRICS.departmentParticipation.text })
export class AnalyticsDepartment {
  @Field(() => AnalyticsDepartmentKind)
  kind: AnalyticsDepartmentKind;

  @Field(() => String, {
    nullable: true,
    description: 'The department as people wrote it (first spelling); null for OTHERS and NONE.',
  })
  name: string | null;

  @Field(() => Int, { description: 'Departments in the row: more than 1 only for OTHERS.' })
  departments: number;

  @Field(() => Int, { description: 'Accounts that are not deactivated.' })
  people: number;

  @Field(() => Int, { description: 'People who posted or replied in the period.' })
  creators: number;

  @Field(() => Int, { description: 'People who only liked in the period.' })
  contributors: number;

  @Field(() => Int, { description: 'People with no activity in the period: they may still read.' })
  readers: number;

  @Field(() => Int, {
    description: 'People active in the 30 days ending on the period’s last day.',
  })
  activeLast30: number;

  @Field(() => Float, { description: `${METRICS.departmentAdoption.text} (0-1)` })
  adoptionShare: number;
}

@ObjectType({ description: METRICS.stickiness.text })
export class AnalyticsStickiness {
  @Field(() => Float, { description: 'Mean people active a day over the 30 days (DAU).' })
  dailyActive: number;

  @Field(() => Int, { description: 'People active at least once in the 30 days (MAU).' })
  monthlyActive: number;

  @Field(() => Float, { description: 'dailyActive / monthlyActive (0-1).' })
  ratio: number;
}

@ObjectType({ description: METRICS.openness.text })
export class AnalyticsOpenness {
  @Field(() => Int)
  posts: number;

  @Field(() => Int, { description: 'Posts outside communities or in open and moderated ones.' })
  openPosts: number;

  @Field(() => Int, { description: 'Posts in restricted communities (counted, never named).' })
  restrictedPosts: number;

  @Field(() => Float, { description: 'openPosts / posts (0-1).' })
  openPostShare: number;

  @Field(() => Int)
  questions: number;

  @Field(() => Int)
  openQuestions: number;

  @Field(() => Int)
  restrictedQuestions: number;

  @Field(() => Float, { description: 'openQuestions / questions (0-1).' })
  openQuestionShare: number;
}

@ObjectType({ description: 'Adoption analytics for admins: aggregate counts only.' })
export class AdoptionAnalytics {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => Int)
  days: number;

  @Field()
  previousFrom: string;

  @Field()
  previousTo: string;

  @Field(() => String, {
    nullable: true,
    description: 'The department filter applied (its first spelling), if any.',
  })
  department: string | null;

  @Field(() => AnalyticsCommunityRef, {
    nullable: true,
    description: 'The community filter applied, if any.',
  })
  community: AnalyticsCommunityRef | null;

  @Field(() => [AnalyticsDay])
  series: AnalyticsDay[];

  @Field(() => AnalyticsTotals)
  totals: AnalyticsTotals;

  @Field(() => AnalyticsTotals)
  previousTotals: AnalyticsTotals;

  @Field(() => AnalyticsParticipation)
  participation: AnalyticsParticipation;

  @Field(() => AnalyticsAnswering)
  answering: AnalyticsAnswering;

  @Field(() => AnalyticsAnswering)
  previousAnswering: AnalyticsAnswering;

  @Field(() => AnalyticsUnanswered)
  unanswered: AnalyticsUnanswered;

  @Field(() => AnalyticsHeatmap)
  heatmap: AnalyticsHeatmap;

  @Field(() => [AnalyticsDepartment], {
    description:
      'Up to 50 departments by people, then the rest summed (OTHERS) and people with no department (NONE).',
  })
  departments: AnalyticsDepartment[];

  @Field(() => AnalyticsStickiness)
  stickiness: AnalyticsStickiness;

  @Field(() => AnalyticsOpenness)
  openness: AnalyticsOpenness;

  @Field(() => [AnalyticsContributor], { description: 'Up to 10 people.' })
  topContributors: AnalyticsContributor[];

  @Field(() => [AnalyticsCommunity], {
    description: 'Communities the viewer may see (restricted ones only as a member), up to 100.',
  })
  communities: AnalyticsCommunity[];

  @Field(() => Int, { description: 'Visible communities in all (the list stops at 100).' })
  communityCount: number;

  @Field(() => Int, {
    description:
      'Restricted communities the viewer is not in: counted, never named (their activity is in the totals).',
  })
  hiddenCommunityCount: number;
}
