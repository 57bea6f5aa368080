import { Link } from 'react-router-dom';
import type { AdoptionAnalyticsQuery, AnalyticsContributorOrder } from '../../../generated/graphql';
import { formatCount } from '../utils/analytics-format';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

export const CONTRIBUTOR_ORDERS: readonly { value: AnalyticsContributorOrder; label: string }[] = [
  { value: 'ACCEPTED_ANSWERS', label: 'Accepted answers' },
  { value: 'REPLIES', label: 'Replies' },
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
  return (
    <section className="card stack" aria-labelledby="analytics-contributors">
      <div className="analytics-section__head">
        <h2 id="analytics-contributors">Top contributors</h2>
        <label className="analytics-select">
          <span>Rank by</span>
          <select
            value={order}
            onChange={(event) => onOrderChange(event.target.value as AnalyticsContributorOrder)}
          >
            {CONTRIBUTOR_ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.topContributors.length === 0 ? (
        <p className="analytics-muted">Nobody replied in this period.</p>
      ) : (
        <ol className="analytics-contributors">
          {data.topContributors.map((c) => (
            <li key={c.user.id}>
              <Link to={`/people/${c.user.handle}`}>{c.user.displayName}</Link>{' '}
              <span className="analytics-muted">
                {formatCount(c.acceptedAnswers)} accepted{' '}
                {c.acceptedAnswers === 1 ? 'answer' : 'answers'}, {formatCount(c.replies)}{' '}
                {c.replies === 1 ? 'reply' : 'replies'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
