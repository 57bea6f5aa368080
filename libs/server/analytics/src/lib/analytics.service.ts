import { Injectable } from '@nestjs/common';
import { InstanceSettingsService } from '@outloud/identity';
import {
  AccessPolicy,
  BadUserInputError,
  isUuid,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { departmentBreakdown, openness } from './analytics-breakdown';
import { AnalyticsBreakdownRepository } from './analytics-breakdown.repository';
import { AnalyticsContributorsRepository } from './analytics-contributors.repository';
import { heatmapCells } from './analytics-heatmap';
import { AnalyticsHourlyRepository } from './analytics-hourly.repository';
import { AnalyticsScope, departmentKey, isScoped } from './analytics-scope';
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
    private readonly hourly: AnalyticsHourlyRepository,
    private readonly contributors: AnalyticsContributorsRepository,
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
    const { communityOrder, contributorOrder, department, communityId, ...range } = input ?? {};
    const r = toRange(validateInput(analyticsRangeSchema, range));
    const filter = await this.filter(viewer, department, communityId);
    const { scope } = filter;
    const scoped = isScoped(scope);
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
      // Unfiltered, the summaries; filtered, the person-days of what the filter keeps.
      scoped ? this.breakdowns.series(r, scope) : this.repository.series(r),
      scoped ? this.breakdowns.totals(r, scope) : this.repository.totals(r),
      scoped ? this.breakdowns.people(r, scope) : this.repository.people(r),
      this.repository.answering(r, scope),
      this.repository.unanswered(r, viewer.id, scope),
      this.contributors.top(
        r,
        contributorOrder ?? AnalyticsContributorOrder.ACCEPTED_ANSWERS,
        scope,
      ),
      this.repository.communities(
        r,
        viewer.id,
        communityOrder ?? AnalyticsCommunityOrder.POSTS,
        scope,
      ),
      this.hourly.engagementByUtcHour(r, scope),
      this.settings.timeZone(),
      this.breakdowns.departments(r, scope),
      this.breakdowns.openness(r, scope),
    ]);
    const byDepartment = departmentBreakdown(departments);
    return {
      ...r,
      department: filter.department,
      community: filter.community,
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

  /**
   * The filters, checked: a department somebody gave, a community the admin may see. An unknown
   * community and one the admin may not see get the same answer, so nothing about it leaks.
   */
  private async filter(
    viewer: Viewer,
    department: string | null | undefined,
    communityId: string | null | undefined,
  ): Promise<{
    scope: AnalyticsScope;
    department: string | null;
    community: { id: string; slug: string; name: string } | null;
  }> {
    const key = department == null ? null : departmentKey(department);
    const name = key ? await this.breakdowns.department(key) : null;
    if (department != null && !name)
      throw BadUserInputError.field(['input', 'department'], 'Unknown department.');
    const community =
      communityId == null
        ? null
        : isUuid(communityId)
          ? await this.breakdowns.visibleCommunity(communityId, viewer.id)
          : null;
    if (communityId != null && !community)
      throw BadUserInputError.field(['input', 'communityId'], 'Unknown community.');
    return {
      scope: { department: name ? key : null, communityId: community?.id ?? null },
      department: name,
      community,
    };
  }
}
