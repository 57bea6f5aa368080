import { Injectable } from '@nestjs/common';
import { InstanceSettingsService } from '@outloud/identity';
import { AccessPolicy, validateInput, Viewer } from '@outloud/server-core';
import { departmentBreakdown, openness } from './analytics-breakdown';
import { AnalyticsBreakdownRepository } from './analytics-breakdown.repository';
import { heatmapCells } from './analytics-heatmap';
import { AnalyticsErrors } from './analytics.errors';
import { AnalyticsRepository, participationOf } from './analytics.repository';
import { analyticsRangeSchema, toRange } from './analytics.schemas';
import {
  AdoptionAnalytics,
  AnalyticsCommunityOrder,
  AnalyticsContributorOrder,
  AnalyticsDepartmentKind,
  AnalyticsRangeInput,
} from './dto/analytics.model';

/** Adoption analytics for admins: who participates, how fast questions get answered, which communities are alive. */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly policy: AccessPolicy,
    private readonly settings: InstanceSettingsService,
    private readonly breakdowns: AnalyticsBreakdownRepository,
  ) {}

  async adoption(
    viewer: Viewer,
    input: AnalyticsRangeInput | null | undefined,
  ): Promise<AdoptionAnalytics> {
    // Checked before validation, so a non-admin learns nothing from error messages either.
    await this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: AnalyticsErrors.adminsOnly },
    );
    const { communityOrder, contributorOrder, ...range } = input ?? {};
    const r = toRange(validateInput(analyticsRangeSchema, range));
    // One pool connection each; they are independent reads.
    const [
      series,
      totals,
      people,
      answering,
      unanswered,
      contributors,
      communities,
      hourly,
      timeZone,
      departments,
      openCounts,
    ] = await Promise.all([
      this.repository.series(r),
      this.repository.totals(r),
      this.repository.people(r),
      this.repository.answering(r),
      this.repository.unanswered(r, viewer.id),
      this.repository.topContributors(
        r,
        contributorOrder ?? AnalyticsContributorOrder.ACCEPTED_ANSWERS,
      ),
      this.repository.communities(r, viewer.id, communityOrder ?? AnalyticsCommunityOrder.POSTS),
      this.repository.engagementByUtcHour(r),
      this.settings.timeZone(),
      this.breakdowns.departments(r),
      this.breakdowns.openness(r),
    ]);
    const byDepartment = departmentBreakdown(departments);
    return {
      ...r,
      series,
      totals: { ...totals.current, activePeople: people.active },
      previousTotals: { ...totals.previous, activePeople: people.previousActive },
      participation: participationOf(people),
      answering: answering.current,
      previousAnswering: answering.previous,
      // `asker` and `nudge` are filled by the resolver's field loaders.
      unanswered: {
        ...unanswered,
        questions: unanswered.questions.map((q) => ({
          ...q,
          asker: undefined as never,
          nudge: undefined as never,
        })),
      },
      heatmap: { timeZone, cells: heatmapCells(hourly, timeZone) },
      departments: byDepartment.departments.map((d) => ({
        ...d,
        kind: d.kind as AnalyticsDepartmentKind,
      })),
      stickiness: byDepartment.stickiness,
      openness: openness(openCounts),
      // `user` is filled by the resolver's field loader.
      topContributors: contributors.map((c) => ({ ...c, user: undefined as never })),
      communities: communities.list,
      communityCount: communities.visible,
      hiddenCommunityCount: communities.hidden,
    };
  }
}
