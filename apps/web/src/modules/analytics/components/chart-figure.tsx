import { useTranslation } from '@outloud/web-i18n';
import { useId, type ReactNode } from 'react';
import type { ExportTable } from '../utils/export-tables';
import { ExportLink } from './export-link';

export interface DataColumn<Row> {
  label: string;
  value: (row: Row) => ReactNode;
}

/**
 * A chart with its text alternative: the caption says what the chart shows in numbers, and the
 * same data is one click (or Enter) away as a table. The drawing itself is hidden from
 * assistive technology, which reads the caption and table instead.
 */
export function ChartFigure<Row>({
  title,
  summary,
  chart,
  rows,
  columns,
  rowKey,
  info,
  exportTable,
}: {
  /** The API's CSV of this chart's numbers, when it has one. */
  exportTable?: ExportTable;
  title: string;
  /** The definition's disclosure beside the title (a `MetricInfo`). */
  info?: ReactNode;
  summary: ReactNode;
  chart: ReactNode;
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
}) {
  const { t } = useTranslation('analytics');
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure
      className="analytics-figure card"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <figcaption className="analytics-figure__caption">
        <h3 className="analytics-figure__title">
          <span id={titleId}>{title}</span>
          {info}
        </h3>
        <p id={summaryId} className="analytics-figure__summary">
          {summary}
        </p>
      </figcaption>
      <div className="analytics-figure__chart" aria-hidden="true">
        {chart}
      </div>
      <details className="analytics-figure__data">
        <summary>{t('figure.showNumbers')}</summary>
        {/* Focusable so a keyboard can scroll a wide table (axe: scrollable-region-focusable). */}
        <div
          className="analytics-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('figure.numbersOf', { title })}
        >
          <table className="analytics-table">
            <caption className="ol-visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.label} scope="row">
                        {c.value(row)}
                      </th>
                    ) : (
                      <td key={c.label}>{c.value(row)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {exportTable ? <ExportLink table={exportTable} name={title} /> : null}
      </details>
    </figure>
  );
}
