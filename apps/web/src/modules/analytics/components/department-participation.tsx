import { useFormat, useTranslation } from '@outloud/web-i18n';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { ChartFigure } from './chart-figure';
import { MetricInfo } from './metric-info';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];
type Department = Analytics['departments'][number];

const PARTS = ['creators', 'contributors', 'readers'] as const;

/** A share as a bar width; a part with some people stays visible. */
function width(part: number, whole: number): string {
  if (whole === 0 || part === 0) return '0%';
  return `${Math.max((part / whole) * 100, 1)}%`;
}

/**
 * The 90-9-1 question per department: each department's people as one bar split into creators,
 * contributors (only liked) and readers, with its adoption (active in the last 30 days). Plain
 * CSS bars; the caption and the table carry the numbers.
 */
export function DepartmentParticipation({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const title = t('departments.title');
  const name = (d: Department) =>
    d.kind === 'DEPARTMENT'
      ? (d.name ?? '')
      : d.kind === 'OTHERS'
        ? t('departments.others', { count: d.departments })
        : t('departments.none');
  const named = data.departments.filter((d) => d.kind === 'DEPARTMENT');
  const best = named.reduce<Department | undefined>(
    (top, d) => (!top || d.adoptionShare > top.adoptionShare ? d : top),
    undefined,
  );
  const lowest = named.reduce<Department | undefined>(
    (low, d) => (!low || d.adoptionShare < low.adoptionShare ? d : low),
    undefined,
  );
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="departmentParticipation" name={title} />}
      exportTable="departments"
      summary={
        best && lowest && best !== lowest
          ? t('departments.summary', {
              count: named.length,
              best: name(best),
              bestShare: format.percent(best.adoptionShare),
              lowest: name(lowest),
              lowestShare: format.percent(lowest.adoptionShare),
            })
          : best
            ? t('departments.summaryOne', {
                name: name(best),
                share: format.percent(best.adoptionShare),
              })
            : t('departments.empty')
      }
      chart={
        <>
          <ul className="analytics-legend">
            {PARTS.map((p) => (
              <li key={p}>
                <span className={`analytics-swatch analytics-swatch--${p}`} />
                {t(`departments.${p}`)}
              </li>
            ))}
          </ul>
          <ol className="analytics-stacks">
            {data.departments.map((d) => (
              <li key={`${d.kind}-${d.name ?? ''}`} className="analytics-stacks__row">
                <span className="analytics-stacks__label">{name(d)}</span>
                <span className="analytics-stacks__track">
                  {PARTS.map((p) => (
                    <span
                      key={p}
                      className={`analytics-stacks__part analytics-swatch--${p}`}
                      style={{ width: width(d[p], d.people) }}
                    />
                  ))}
                </span>
                <span className="analytics-stacks__value">{format.percent(d.adoptionShare)}</span>
              </li>
            ))}
          </ol>
        </>
      }
      rows={data.departments}
      rowKey={(d) => `${d.kind}-${d.name ?? ''}`}
      columns={[
        { label: t('departments.department'), value: name },
        { label: t('departments.people'), value: (d) => format.number(d.people) },
        { label: t('departments.creators'), value: (d) => format.number(d.creators) },
        { label: t('departments.contributors'), value: (d) => format.number(d.contributors) },
        { label: t('departments.readers'), value: (d) => format.number(d.readers) },
        { label: t('departments.active30'), value: (d) => format.number(d.activeLast30) },
        { label: t('departments.adoption'), value: (d) => format.percent(d.adoptionShare) },
      ]}
    />
  );
}
