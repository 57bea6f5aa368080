import { neutraliseFormula } from '@outloud/audit';
import { stringify } from 'csv-stringify/sync';
import { AdoptionAnalytics } from './dto/analytics.model';

/** The dashboard's tables, each exportable as CSV (`GET /analytics/export/<table>.csv`). */
export const EXPORT_TABLES = [
  'series',
  'funnel',
  'heatmap',
  'communities',
  'unanswered',
  'contributors',
  'departments',
  'openness',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface ExportSheet {
  columns: string[];
  rows: Record<string, string | number | null>[];
}

/**
 * One table of the dashboard as rows, with the same rule as the screen: restricted communities the
 * admin is not in appear only as one aggregate row (a count, never a name), and so do unanswered
 * questions inside them. People are named as the dashboard names them (top contributors, askers
 * and people to nudge), with `displayName` resolved by the caller.
 */
export function exportSheet(
  table: ExportTable,
  a: AdoptionAnalytics,
  names: ReadonlyMap<string, string>,
): ExportSheet {
  const name = (id: string) => names.get(id) ?? '';
  switch (table) {
    case 'series':
      return {
        columns: ['date', 'activePeople', 'posts', 'questions', 'replies'],
        rows: a.series.map((d) => ({ ...d })),
      };
    case 'funnel': {
      const q = a.answering;
      return {
        columns: ['stage', 'questions', 'outOf'],
        rows: [
          { stage: 'asked', questions: q.questions, outOf: q.questions },
          { stage: 'answeredWithin24h', questions: q.answeredWithinDay, outOf: q.askedDayAgo },
          { stage: 'answeredWithin7d', questions: q.answeredWithinWeek, outOf: q.askedWeekAgo },
          { stage: 'accepted', questions: q.accepted, outOf: q.questions },
        ],
      };
    }
    case 'heatmap':
      return {
        columns: ['timeZone', 'weekday', 'hour', 'count'],
        rows: a.heatmap.cells.map((c) => ({ timeZone: a.heatmap.timeZone, ...c })),
      };
    case 'communities':
      return {
        columns: [
          'community',
          'type',
          'members',
          'posts',
          'replies',
          'activePeople',
          'lastActivityAt',
          'dormant',
          'questions',
          'answeredQuestions',
          'answerRate',
          'firstAnswerMedianMinutes',
        ],
        rows: [
          ...a.communities.map((c) => ({
            community: c.name,
            type: c.type,
            members: c.memberCount,
            posts: c.posts,
            replies: c.replies,
            activePeople: c.activeMembers,
            lastActivityAt: c.lastActivityAt.toISOString(),
            dormant: c.isDormant ? 'yes' : 'no',
            questions: c.questions,
            answeredQuestions: c.answeredQuestions,
            answerRate: c.answerRate,
            firstAnswerMedianMinutes: c.firstAnswerMedianMinutes,
          })),
          ...(a.hiddenCommunityCount > 0
            ? [
                {
                  community: `${a.hiddenCommunityCount} restricted communities you are not a member of (not named)`,
                  type: 'restricted',
                  members: null,
                  posts: null,
                  replies: null,
                  activePeople: null,
                  lastActivityAt: null,
                  dormant: null,
                  questions: null,
                  answeredQuestions: null,
                  answerRate: null,
                  firstAnswerMedianMinutes: null,
                },
              ]
            : []),
        ],
      };
    case 'unanswered':
      return {
        columns: ['askedAt', 'question', 'community', 'asker', 'peopleToNudge'],
        rows: [
          ...a.unanswered.questions.map((q) => ({
            askedAt: q.askedAt.toISOString(),
            question: q.excerpt,
            community: q.community?.name ?? '',
            asker: name(q.askerId),
            peopleToNudge: q.nudgeIds.map(name).join('; '),
          })),
          ...(a.unanswered.hiddenCount > 0
            ? [
                {
                  askedAt: null,
                  question: `${a.unanswered.hiddenCount} more in restricted communities you are not a member of (counted, not shown)`,
                  community: null,
                  asker: null,
                  peopleToNudge: null,
                },
              ]
            : []),
        ],
      };
    case 'contributors':
      return {
        columns: ['person', 'acceptedAnswers', 'replies', 'posts'],
        rows: a.topContributors.map((c) => ({
          person: name(c.userId),
          acceptedAnswers: c.acceptedAnswers,
          replies: c.replies,
          posts: c.posts,
        })),
      };
    case 'departments':
      return {
        columns: [
          'department',
          'people',
          'creators',
          'contributors',
          'readers',
          'activeLast30Days',
          'adoptionShare',
        ],
        rows: [
          ...a.departments.map((d) => ({
            department:
              d.kind === 'DEPARTMENT'
                ? d.name
                : d.kind === 'OTHERS'
                  ? `${d.departments} smaller departments`
                  : '(no department)',
            people: d.people,
            creators: d.creators,
            contributors: d.contributors,
            readers: d.readers,
            activeLast30Days: d.activeLast30,
            adoptionShare: d.adoptionShare,
          })),
          {
            department: `DAU/MAU (30 days to ${a.to})`,
            people: null,
            creators: null,
            contributors: null,
            readers: null,
            activeLast30Days: a.stickiness.monthlyActive,
            adoptionShare: a.stickiness.ratio,
          },
        ],
      };
    case 'openness': {
      const o = a.openness;
      return {
        columns: ['content', 'open', 'restricted', 'all', 'openShare'],
        rows: [
          {
            content: 'posts',
            open: o.openPosts,
            restricted: o.restrictedPosts,
            all: o.posts,
            openShare: o.openPostShare,
          },
          {
            content: 'questions',
            open: o.openQuestions,
            restricted: o.restrictedQuestions,
            all: o.questions,
            openShare: o.openQuestionShare,
          },
        ],
      };
    }
  }
}

/** The sheet as CSV text: a header row, and no cell a spreadsheet would run as a formula. */
export function toCsv(sheet: ExportSheet): string {
  return stringify(sheet.rows, {
    header: true,
    columns: sheet.columns,
    cast: { string: (s) => neutraliseFormula(s) },
  });
}
