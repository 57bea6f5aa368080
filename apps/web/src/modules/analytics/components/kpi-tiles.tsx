import type { AnalyticsMetricKey } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { cx } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import type { Change } from '../utils/analytics-format';
import { MetricInfo } from './metric-info';

export interface Kpi {
  label: string;
  value: string;
  change?: Change;
  /** For times, a drop is good news. */
  lowerIsBetter?: boolean;
  detail?: ReactNode;
  /** The definition shown beside the label. */
  metric?: AnalyticsMetricKey;
}

/** Key figures with their change against the previous period, in words for screen readers. */
export function KpiTiles({ items }: { items: readonly Kpi[] }) {
  const { t } = useTranslation('analytics');
  return (
    <ul className="analytics-kpis" aria-label={t('kpi.label')}>
      {items.map((kpi) => {
        const good =
          kpi.change && kpi.change.trend !== 'flat' && kpi.change.trend !== 'new'
            ? (kpi.change.trend === 'up') !== Boolean(kpi.lowerIsBetter)
            : null;
        return (
          <li key={kpi.label} className="analytics-kpi card analytics-info-host">
            <p className="analytics-kpi__label">
              <span>{kpi.label}</span>
              {kpi.metric ? <MetricInfo metric={kpi.metric} name={kpi.label} /> : null}
            </p>
            <p className="analytics-kpi__value">{kpi.value}</p>
            {kpi.change ? (
              <p
                className={cx(
                  'analytics-kpi__change',
                  good === true && 'analytics-kpi__change--good',
                  good === false && 'analytics-kpi__change--bad',
                )}
              >
                <span aria-hidden="true">{kpi.change.text}</span>
                <span className="ol-visually-hidden">{kpi.change.description}</span>
              </p>
            ) : null}
            {kpi.detail ? <p className="analytics-kpi__detail">{kpi.detail}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
