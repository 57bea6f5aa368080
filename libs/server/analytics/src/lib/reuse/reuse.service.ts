import { Injectable } from '@nestjs/common';
import { AccessPolicy, BadUserInputError, isUuid, Viewer } from '@outloud/server-core';
import { dayStart } from '../analytics-sql';
import { AnalyticsErrors } from '../analytics.errors';
import { AnalyticsRange } from '../analytics.schemas';
import { ReuseCounter } from './reuse-counter';
import { contentGapText, GAP_MIN_SEARCHES, trend } from './reuse-rules';
import { AnalyticsKnowledgeReuse, QuestionUseKind } from './reuse.model';
import { ReuseRepository } from './reuse.repository';

/** Longest search text accepted from a client (the search box's own limit is lower). */
const REPORTED_TEXT_MAX = 1_000;

/** Knowledge reuse: what clients report (counted in memory), and the admin's figures. */
@Injectable()
export class KnowledgeReuseService {
  constructor(
    private readonly counter: ReuseCounter,
    private readonly repository: ReuseRepository,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Someone opened a question or chose it from search results. Only the id's shape is checked:
   * the flush keeps uses of questions that count and drops anything else, so the request reads
   * nothing and says nothing about a post the person may not see.
   */
  recordQuestionUse(viewer: Viewer, postId: string, kind: QuestionUseKind): void {
    if (!isUuid(postId)) throw BadUserInputError.field(['postId'], 'Not a post id.');
    this.counter.recordQuestionUse(viewer.id, postId, kind);
  }

  /** Someone's search (settled, without filters) found nothing; typed filters are not gaps. */
  recordEmptySearch(viewer: Viewer, query: string): void {
    if (query.length > REPORTED_TEXT_MAX)
      throw BadUserInputError.field(['query'], `At most ${REPORTED_TEXT_MAX} characters.`);
    const text = contentGapText(query);
    if (text) this.counter.recordEmptySearch(viewer.id, text);
  }

  /** The dashboard's knowledge reuse for a validated period (admins only). */
  async forPeriod(
    viewer: Viewer,
    r: AnalyticsRange,
    communityId: string | null,
  ): Promise<AnalyticsKnowledgeReuse> {
    await this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: AnalyticsErrors.adminsOnly },
    );
    const [totals, series, top, gaps] = await Promise.all([
      this.repository.totals(r, communityId),
      this.repository.series(r, communityId),
      this.repository.topQuestions(r, viewer.id, communityId),
      this.repository.gaps(r, GAP_MIN_SEARCHES),
    ]);
    const uses = (t: { views: number; searchClicks: number }) => t.views + t.searchClicks;
    return {
      totals: totals.current,
      previousTotals: totals.previous,
      change: trend(uses(totals.current), uses(totals.previous)),
      series: everyDay(r, series),
      topQuestions: top.questions,
      hidden: top.hidden,
      contentGaps: {
        top: gaps.gaps,
        texts: gaps.texts,
        textsBelowThreshold: gaps.textsBelowThreshold,
        minSearches: GAP_MIN_SEARCHES,
        emptySearches: gaps.emptySearches,
        previousEmptySearches: gaps.previousEmptySearches,
      },
      departmentFilterApplies: false,
    };
  }
}

/** The period's days in order, with zeros for days nobody reused anything. */
function everyDay(
  r: AnalyticsRange,
  days: { date: string; views: number; searchClicks: number }[],
): { date: string; views: number; searchClicks: number }[] {
  const byDay = new Map(days.map((d) => [d.date, d]));
  return Array.from({ length: r.days }, (_, i) => {
    const date = dayStart(r.from, i).slice(0, 10);
    return byDay.get(date) ?? { date, views: 0, searchClicks: 0 };
  });
}
