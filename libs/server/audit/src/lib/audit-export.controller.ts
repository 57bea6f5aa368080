import { Controller, Get, Query, Res } from '@nestjs/common';
import { BadUserInputError, CurrentViewer, Viewer } from '@outloud/server-core';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditFilter, AuditService } from './audit.service';

/** Columns of the export, in order (header names are the JSON field names of `auditLog`). */
const COLUMNS = [
  'occurredAt',
  'actorType',
  'actorLabel',
  'actorId',
  'action',
  'targetType',
  'targetId',
  'reason',
  'before',
  'after',
  'requestId',
  'ipAddress',
] as const;

/**
 * A spreadsheet must never run a cell as a formula (CSV injection, OWASP): text starting with
 * =, +, -, @, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text. Reasons and labels come from people, so they may start with anything.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * `GET /audit-log/export.csv?actionPrefix=&actorLabel=&targetType=&since=&until=`: the audit log
 * as CSV for admins (the same filters as `auditLog`), streamed with csv-stringify.
 */
@Controller('audit-log')
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Get('export.csv')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    const filter = parseFilter(query);
    const rows = this.audit.export(viewer, filter);
    // The first row answers FORBIDDEN or BAD_USER_INPUT before any header is sent.
    const first = await rows.next();
    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
    });
    async function* all() {
      if (!first.done) yield first.value;
      yield* rows;
    }
    const csv = stringify({
      header: true,
      columns: [...COLUMNS],
      cast: {
        date: (d) => d.toISOString(),
        object: (o) => neutraliseFormula(JSON.stringify(o)),
        string: (s) => neutraliseFormula(s),
      },
    });
    await pipeline(Readable.from(all()), csv, res);
  }
}

function parseFilter(query: Record<string, string | undefined>): AuditFilter {
  const date = (name: 'since' | 'until') => {
    const raw = query[name];
    if (!raw) return null;
    const value = new Date(raw);
    if (Number.isNaN(value.getTime()))
      throw BadUserInputError.field(['filter', name], `"${name}" must be a date (ISO 8601).`);
    return value;
  };
  const text = (name: string) => (query[name] ? String(query[name]) : null);
  return {
    actionPrefix: text('actionPrefix'),
    actorLabel: text('actorLabel'),
    targetType: text('targetType'),
    since: date('since'),
    until: date('until'),
  };
}
