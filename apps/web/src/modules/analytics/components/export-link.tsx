import { useTranslation } from '@outloud/web-i18n';
import { useSearchParams } from 'react-router-dom';
import type { ExportTable } from '../utils/export-tables';

/** "Download CSV" of one dashboard table, for the period and filters on screen (served by the API, admins only). */
export function ExportLink({ table, name }: { table: ExportTable; name: string }) {
  const { t } = useTranslation('analytics');
  const [params] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const query = new URLSearchParams(
    from && to ? { from, to } : { days: params.get('days') ?? '30' },
  );
  // The same filters as the screen.
  const department = params.get('department');
  const community = params.get('community');
  if (department) query.set('department', department);
  if (community) query.set('communityId', community);
  return (
    <a className="analytics-export" href={`/analytics/export/${table}.csv?${query}`} download>
      {/* The visible words start the name (WCAG 2.5.3); which table follows for screen readers. */}
      {t('export.csv')} <span className="ol-visually-hidden">{t('export.of', { name })}</span>
    </a>
  );
}
