import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { ExportLink } from './export-link';
import type { AdoptionAnalyticsQuery, AnalyticsCommunityOrder } from '../../../generated/graphql';
import { formatDuration } from '../utils/analytics-format';
import { MetricInfo } from './metric-info';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

export const COMMUNITY_ORDERS: readonly AnalyticsCommunityOrder[] = [
  'POSTS',
  'ACTIVE_MEMBERS',
  'LAST_ACTIVITY',
  'NAME',
];

const TYPES = ['open', 'moderated', 'restricted'] as const;
const typeKey = (type: string) =>
  (TYPES as readonly string[]).includes(type) ? (type as (typeof TYPES)[number]) : 'other';

/**
 * Which communities are alive: only those the viewing admin may see are named. On a phone each
 * row becomes a small card of label-value pairs (the header's words in `data-label`), so nothing
 * scrolls sideways; wider, it is an ordinary table.
 */
export function CommunitiesTable({
  data,
  order,
  onOrderChange,
}: {
  data: Analytics;
  order: AnalyticsCommunityOrder;
  onOrderChange: (order: AnalyticsCommunityOrder) => void;
}) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const alive = data.communities.filter((c) => !c.isDormant).length;
  const col = {
    type: t('communities.type'),
    members: t('communities.members'),
    posts: t('communities.posts'),
    replies: t('communities.replies'),
    active: t('communities.activePeople'),
    questions: t('communities.questions'),
    answerRate: t('communities.answerRate'),
    firstAnswer: t('communities.firstAnswer'),
    last: t('communities.lastActivity'),
    status: t('communities.status'),
  };
  return (
    <section className="card stack analytics-info-host" aria-labelledby="analytics-communities">
      <div className="analytics-section__head">
        <h2 id="analytics-communities">{t('communities.title')}</h2>
        <label className="analytics-select">
          <span>{t('communities.sortBy')}</span>
          <select
            value={order}
            onChange={(event) => onOrderChange(event.target.value as AnalyticsCommunityOrder)}
          >
            {COMMUNITY_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`communities.order.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.communities.length === 0 ? (
        <p className="analytics-muted">{t('communities.none')}</p>
      ) : (
        <>
          <p className="analytics-muted">
            {t('communities.alive', { alive, listed: data.communities.length })}
            {data.communityCount > data.communities.length
              ? ` ${t('communities.showing', { shown: data.communities.length, total: data.communityCount })}`
              : ''}
          </p>
          <div
            className="analytics-table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('communities.table')}
          >
            <table className="analytics-table analytics-table--cards">
              <caption className="ol-visually-hidden">{t('communities.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('communities.community')}</th>
                  <th scope="col">{col.type}</th>
                  <th scope="col">{col.members}</th>
                  <th scope="col">{col.posts}</th>
                  <th scope="col">{col.replies}</th>
                  <th scope="col">
                    <span className="analytics-th-info">
                      {col.active}
                      <MetricInfo metric="communityActivePeople" name={col.active} />
                    </span>
                  </th>
                  <th scope="col">{col.questions}</th>
                  <th scope="col">
                    <span className="analytics-th-info">
                      {col.answerRate}
                      <MetricInfo metric="communityAnswerRate" name={col.answerRate} />
                    </span>
                  </th>
                  <th scope="col">
                    <span className="analytics-th-info">
                      {col.firstAnswer}
                      <MetricInfo metric="communityFirstAnswer" name={col.firstAnswer} />
                    </span>
                  </th>
                  <th scope="col">{col.last}</th>
                  <th scope="col">{col.status}</th>
                </tr>
              </thead>
              <tbody>
                {data.communities.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/c/${c.slug}`}>{c.name}</Link>
                    </th>
                    <td data-label={col.type}>{t(`communities.types.${typeKey(c.type)}`)}</td>
                    <td data-label={col.members}>{format.number(c.memberCount)}</td>
                    <td data-label={col.posts}>{format.number(c.posts)}</td>
                    <td data-label={col.replies}>{format.number(c.replies)}</td>
                    <td data-label={col.active}>{format.number(c.activeMembers)}</td>
                    <td data-label={col.questions}>{format.number(c.questions)}</td>
                    <td data-label={col.answerRate}>
                      {c.answerRate == null ? '—' : format.percent(c.answerRate)}
                    </td>
                    <td data-label={col.firstAnswer}>
                      {formatDuration(c.firstAnswerMedianMinutes, t, format)}
                    </td>
                    <td data-label={col.last}>
                      <time dateTime={c.lastActivityAt}>{format.date(c.lastActivityAt)}</time>
                    </td>
                    <td data-label={col.status}>
                      {c.isDormant ? (
                        <Badge tone="warning">{t('communities.dormant')}</Badge>
                      ) : (
                        <Badge tone="success">{t('communities.aliveBadge')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ExportLink table="communities" name={t('communities.title')} />
      {data.hiddenCommunityCount > 0 ? (
        <p className="analytics-muted">
          {t('communities.hidden', { count: data.hiddenCommunityCount })}
        </p>
      ) : null}
    </section>
  );
}
