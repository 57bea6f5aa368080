import { Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { AdoptionAnalyticsQuery, AnalyticsCommunityOrder } from '../../../generated/graphql';
import { formatCount } from '../utils/analytics-format';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

export const COMMUNITY_ORDERS: readonly { value: AnalyticsCommunityOrder; label: string }[] = [
  { value: 'POSTS', label: 'Posts in period' },
  { value: 'ACTIVE_MEMBERS', label: 'Active members' },
  { value: 'LAST_ACTIVITY', label: 'Last activity' },
  { value: 'NAME', label: 'Name' },
];

const TYPE_LABEL: Record<string, string> = {
  open: 'Open',
  moderated: 'Moderated',
  restricted: 'Restricted',
};

/** Which communities are alive: only those the viewing admin may see are named. */
export function CommunitiesTable({
  data,
  order,
  onOrderChange,
}: {
  data: Analytics;
  order: AnalyticsCommunityOrder;
  onOrderChange: (order: AnalyticsCommunityOrder) => void;
}) {
  const alive = data.communities.filter((c) => !c.isDormant).length;
  return (
    <section className="card stack" aria-labelledby="analytics-communities">
      <div className="analytics-section__head">
        <h2 id="analytics-communities">Communities</h2>
        <label className="analytics-select">
          <span>Sort by</span>
          <select
            value={order}
            onChange={(event) => onOrderChange(event.target.value as AnalyticsCommunityOrder)}
          >
            {COMMUNITY_ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.communities.length === 0 ? (
        <p className="analytics-muted">No communities yet.</p>
      ) : (
        <>
          <p className="analytics-muted">
            {formatCount(alive)} of {formatCount(data.communities.length)} listed communities are
            alive; dormant means no activity in the last 60 days.
            {data.communityCount > data.communities.length
              ? ` Showing ${data.communities.length} of ${formatCount(data.communityCount)}.`
              : ''}
          </p>
          <div
            className="analytics-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Communities table"
          >
            <table className="analytics-table">
              <thead>
                <tr>
                  <th scope="col">Community</th>
                  <th scope="col">Type</th>
                  <th scope="col">Members</th>
                  <th scope="col">Posts</th>
                  <th scope="col">Replies</th>
                  <th scope="col">Active members</th>
                  <th scope="col">Last activity</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.communities.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/c/${c.slug}`}>{c.name}</Link>
                    </th>
                    <td>{TYPE_LABEL[c.type] ?? c.type}</td>
                    <td>{formatCount(c.memberCount)}</td>
                    <td>{formatCount(c.posts)}</td>
                    <td>{formatCount(c.replies)}</td>
                    <td>{formatCount(c.activeMembers)}</td>
                    <td>
                      <time dateTime={c.lastActivityAt}>
                        {new Date(c.lastActivityAt).toLocaleDateString('en-GB', {
                          day: 'numeric',
                          month: 'short',
                          year: 'numeric',
                        })}
                      </time>
                    </td>
                    <td>
                      {c.isDormant ? (
                        <Badge tone="warning">Dormant</Badge>
                      ) : (
                        <Badge tone="success">Alive</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {data.hiddenCommunityCount > 0 ? (
        <p className="analytics-muted">
          {formatCount(data.hiddenCommunityCount)} restricted{' '}
          {data.hiddenCommunityCount === 1 ? 'community' : 'communities'} you are not a member of
          {data.hiddenCommunityCount === 1 ? ' is' : ' are'} counted in the totals but not listed.
        </p>
      ) : null}
    </section>
  );
}
