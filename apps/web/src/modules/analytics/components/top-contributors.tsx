import { useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import { ExportLink } from './export-link';
import type { AdoptionAnalyticsQuery, AnalyticsContributorOrder } from '../../../generated/graphql';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

export const CONTRIBUTOR_ORDERS: readonly AnalyticsContributorOrder[] = [
  'ACCEPTED_ANSWERS',
  'REPLIES',
];

export function TopContributors({
  data,
  order,
  onOrderChange,
}: {
  data: Analytics;
  order: AnalyticsContributorOrder;
  onOrderChange: (order: AnalyticsContributorOrder) => void;
}) {
  const { t } = useTranslation('analytics');
  return (
    <section className="card stack" aria-labelledby="analytics-contributors">
      <div className="analytics-section__head">
        <h2 id="analytics-contributors">{t('contributors.title')}</h2>
        <label className="analytics-select">
          <span>{t('contributors.rankBy')}</span>
          <select
            value={order}
            onChange={(event) => onOrderChange(event.target.value as AnalyticsContributorOrder)}
          >
            {CONTRIBUTOR_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`contributors.order.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.topContributors.length === 0 ? (
        <p className="analytics-muted">{t('contributors.none')}</p>
      ) : (
        <ol className="analytics-contributors">
          {data.topContributors.map((c) => (
            <li key={c.user.id}>
              <Link to={`/people/${c.user.handle}`}>{c.user.displayName}</Link>{' '}
              <span className="analytics-muted">
                {t('contributors.line', { accepted: c.acceptedAnswers, replies: c.replies })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ExportLink table="contributors" name={t('contributors.title')} />
    </section>
  );
}
