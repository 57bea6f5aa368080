import { auditExportHref, toAuditFilter } from '../audit-filter';

const empty = { action: '', actor: '', targetType: '', since: '', until: '' };

describe('audit filter', () => {
  it('leaves out empty fields', () => {
    expect(toAuditFilter(empty)).toEqual({});
    expect(auditExportHref(empty)).toBe('/audit-log/export.csv');
  });

  it('takes a handle with or without @ and includes the whole last day', () => {
    expect(
      toAuditFilter({
        action: ' moderation. ',
        actor: '@maja',
        targetType: 'post',
        since: '2026-12-01',
        until: '2026-12-04',
      }),
    ).toEqual({
      actionPrefix: 'moderation.',
      actorLabel: 'maja',
      targetType: 'post',
      since: '2026-12-01T00:00:00.000Z',
      until: '2026-12-05T00:00:00.000Z',
    });
  });

  it('ignores dates that are not dates and sends the same filters to the CSV export', () => {
    expect(toAuditFilter({ ...empty, since: 'yesterday' })).toEqual({});
    expect(auditExportHref({ ...empty, action: 'identity.', since: '2026-12-01' })).toBe(
      '/audit-log/export.csv?actionPrefix=identity.&since=2026-12-01T00%3A00%3A00.000Z',
    );
  });
});
