/**
 * The definitions of the adoption dashboard's figures, written once. The GraphQL descriptions use
 * them, the English catalogue's `definitions` must equal them and docs/analytics.md must quote them
 * (both checked by a unit test), so the API, the tooltips and the documentation never disagree.
 * Common to all: days and hours are in the organisation's time zone where a figure says so,
 * otherwise UTC days; content that is deleted or hidden by moderation does not count, and neither
 * does anything done in a post that does not count (its replies, likes and accepted answer).
 */
export const ANALYTICS_METRICS = {
  activePeople: {
    text: 'People who posted, replied or liked at least once in the period (distinct people). Receiving a like or having an answer accepted does not make someone active.',
  },
  posts: {
    text: 'Posts created in the period that still count: not deleted and not hidden by moderation. Questions are posts too.',
  },
  questions: {
    text: 'Posts created in the period as questions that still count: not deleted and not hidden by moderation. They are also counted in posts.',
  },
  replies: {
    text: 'Replies written in the period that still count: not deleted, not hidden, and on a post that counts.',
  },
  answered: {
    text: 'Questions asked in the period with at least one reply from someone other than the asker (the asker’s own replies never answer a question).',
  },
  accepted: {
    text: 'Questions asked in the period whose asker (or a moderator) accepted a reply as the answer, while that reply still counts.',
  },
  answeredWithinDay: {
    text: 'Questions whose first reply from someone other than the asker came within 24 hours of asking. The share’s base is the questions of the period asked at least 24 hours ago, so questions still within their first day are not counted as failures.',
  },
  answeredWithinWeek: {
    text: 'Questions whose first reply from someone other than the asker came within 7 days of asking, out of the questions of the period asked at least 7 days ago.',
  },
  firstReplyTime: {
    text: 'Time from a question’s creation to its first reply by someone other than the asker (as Discourse measures time to first response); median and 90th percentile over the answered questions of the period.',
  },
  acceptedTime: {
    text: 'Time from a question’s creation to the acceptance of its answer; median and 90th percentile over the accepted questions of the period.',
  },
  unanswered: {
    text: 'Questions asked in the period that have no reply from anyone but the asker yet, oldest first. Questions in restricted communities you are not a member of are only counted.',
  },
  nudge: {
    text: 'Up to three people who could answer: those with the most accepted answers, then replies, in the question’s community (or outside communities) over the last 90 days, excluding the asker and deactivated people.',
  },
  participation: {
    text: 'Accounts that are not deactivated, split into posters (posted or replied in the period), reactors (only liked) and readers (none of that: they may still read).',
  },
  communityActivePeople: {
    text: 'People who posted, replied or liked in the community during the period, members or not: anyone may take part in an open or moderated community, so this can be larger than its members.',
  },
  engagementHeatmap: {
    text: 'Posts, replies and likes that count, by hour of day and day of week in the organisation’s time zone (an admin setting, UTC unless set), over the period’s days.',
  },
  dormant: {
    text: 'A community with no activity in the last 60 days (the community catalogue’s rule).',
  },
  departmentParticipation: {
    text: 'Accounts that are not deactivated, by the department people gave (any case; none given is its own row), split into creators (posted or replied in the period), contributors (only liked) and readers (none of that).',
  },
  departmentAdoption: {
    text: 'Share of a department’s accounts that are not deactivated who posted, replied or liked in the 30 days ending on the period’s last day.',
  },
  stickiness: {
    text: 'DAU/MAU over the 30 days ending on the period’s last day: the mean number of people active a day, divided by the people active at least once in those 30 days. Deactivated people are left out.',
  },
  openness: {
    text: 'Posts and questions of the period in the open (outside communities, or in open and moderated communities) against those in restricted communities, by the community’s current type. Counts only: no community is named.',
  },
  communityAnswerRate: {
    text: 'Questions asked in the community during the period with a reply from someone other than the asker, out of all questions asked there in the period.',
  },
  communityFirstAnswer: {
    text: 'Median time from a question’s creation to its first reply by someone other than the asker, over the community’s answered questions of the period.',
  },
  questionReuse: {
    text: 'Views and search-result clicks of questions that, at the moment of the view or click, were asked more than 30 days before and already answered by someone other than the asker. A person counts once per question and UTC day; no person is stored with a view or click.',
  },
  reusedQuestions: {
    text: 'Distinct answered questions older than 30 days that were viewed or opened from search in the period. Questions in restricted communities you are not a member of are only counted, never shown.',
  },
  contentGaps: {
    text: 'Searches that found nothing, by what was typed (in lower case, spaces collapsed), counted once per person and UTC day with no person stored. A text is shown only once it was searched at least 3 times in the period.',
  },
} as const satisfies Record<string, { text: string }>;

export type AnalyticsMetricKey = keyof typeof ANALYTICS_METRICS;
