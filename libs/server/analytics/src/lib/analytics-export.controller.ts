import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { UserRepository } from '@outloud/identity';
import { BadUserInputError, CurrentViewer, Viewer } from '@outloud/server-core';
import type { Response } from 'express';
import { EXPORT_TABLES, ExportTable, exportSheet, toCsv } from './analytics-export';
import { AnalyticsService } from './analytics.service';
import { isReuseTable, REUSE_EXPORT_TABLES, reuseSheet } from './reuse/reuse-export';
import { KnowledgeReuseService } from './reuse/reuse.service';

/**
 * `GET /analytics/export/<table>.csv?days=|from=&to=[&department=][&communityId=]`: one dashboard table as CSV for admins
 * (csv-stringify; cells a spreadsheet would run as formulas are neutralised). The same service
 * call as the dashboard, so the same admin check, range and filter validation and restricted-community rule.
 */
@Controller('analytics/export')
export class AnalyticsExportController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly users: UserRepository,
    private readonly reuse: KnowledgeReuseService,
  ) {}

  @Get(':file')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    const table = [...EXPORT_TABLES, ...REUSE_EXPORT_TABLES].find((n) => file === `${n}.csv`);
    // The admin check comes first (inside `adoption`), so a non-admin learns nothing here either.
    const a = await this.analytics.adoption(viewer, parseRange(query));
    if (!table)
      throw BadUserInputError.field(
        ['table'],
        `Export one of: ${[...EXPORT_TABLES, ...REUSE_EXPORT_TABLES].map((t) => `${t}.csv`).join(', ')}.`,
      );
    if (isReuseTable(table)) {
      const reuse = await this.reuse.forPeriod(viewer, a, a.community?.id ?? null);
      return send(res, table, a, toCsv(reuseSheet(table, reuse)));
    }
    const ids = [
      ...a.topContributors.map((c) => c.userId),
      ...a.unanswered.questions.flatMap((q) => [q.askerId, ...q.nudgeIds]),
    ];
    const people = ids.length ? await this.users.findByIds([...new Set(ids)]) : [];
    const names = new Map(people.map((u) => [u.id, u.displayName]));
    send(res, table, a, toCsv(exportSheet(table as ExportTable, a, names)));
  }
}

function send(res: Response, table: string, a: { from: string; to: string }, csv: string): void {
  res
    .status(200)
    .set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="analytics-${table}-${a.from}-${a.to}.csv"`,
    })
    .send(csv);
}

function parseRange(query: Record<string, string | undefined>) {
  const days = query['days'];
  const n = days === undefined ? null : Number(days);
  if (days !== undefined && !Number.isInteger(n))
    throw BadUserInputError.field(['input', 'days'], 'Whole days only.');
  return {
    days: n,
    from: query['from'] ?? null,
    to: query['to'] ?? null,
    department: query['department'] ?? null,
    communityId: query['communityId'] ?? null,
  };
}
