import { useQuery } from '@apollo/client/react';
import { AdminIcon, EmptyState, Spinner } from '@outloud/web-ui';
import { useSearchParams } from 'react-router-dom';
import type {
  AdoptionAnalyticsQuery as AnalyticsData,
  AnalyticsCommunityOrder,
  AnalyticsContributorOrder,
} from '../../../generated/graphql';
import { FeedError } from '../../stream/components/feed-states';
import { AdoptionAnalyticsQuery } from '../graphql/analytics.operations';
import {
  describeChange,
  formatCount,
  formatDuration,
  formatPercent,
  longDate,
} from '../utils/analytics-format';
import { ActivePeopleChart, ContributionsChart, TimeToAnswerChart } from './activity-charts';
import { COMMUNITY_ORDERS, CommunitiesTable } from './communities-table';
import { KpiTiles, type Kpi } from './kpi-tiles';
import { CONTRIBUTOR_ORDERS, TopContributors } from './top-contributors';
import './analytics.css';

export const PERIODS = [7, 30, 90] as const;
type Period = (typeof PERIODS)[number];

function periodOf(value: string | null): Period {
  return PERIODS.find((p) => String(p) === value) ?? 30;
}

function kpis(a: AnalyticsData['adoptionAnalytics']): Kpi[] {
  const t = a.totals;
  const p = a.previousTotals;
  const q = a.answering;
  const pq = a.previousAnswering;
  const time = (now: number | null | undefined, before: number | null | undefined) =>
    now != null && before != null ? describeChange(now, before, formatDuration) : undefined;
  return [
    {
      label: 'Active people',
      value: formatCount(t.activePeople),
      change: describeChange(t.activePeople, p.activePeople),
      detail: `${formatPercent(a.participation.activeShare)} of ${formatCount(a.participation.activeAccounts)} accounts`,
    },
    { label: 'Posts', value: formatCount(t.posts), change: describeChange(t.posts, p.posts) },
    {
      label: 'Questions',
      value: formatCount(t.questions),
      change: describeChange(t.questions, p.questions),
    },
    {
      label: 'Replies',
      value: formatCount(t.replies),
      change: describeChange(t.replies, p.replies),
    },
    {
      label: 'Questions answered',
      value: formatPercent(q.answeredShare),
      change: describeChange(
        Math.round(q.answeredShare * 100),
        Math.round(pq.answeredShare * 100),
        (n) => `${n}%`,
      ),
      detail: `${formatPercent(q.acceptedShare)} with an accepted answer`,
    },
    {
      label: 'Median time to first reply',
      value: formatDuration(q.firstReplyMedianMinutes),
      change: time(q.firstReplyMedianMinutes, pq.firstReplyMedianMinutes),
      lowerIsBetter: true,
    },
  ];
}

/** The admin's adoption dashboard: who participates, how fast questions get answered, which communities are alive. */
export function AnalyticsDashboard() {
  const [params, setParams] = useSearchParams();
  const days = periodOf(params.get('days'));
  const communityOrder =
    COMMUNITY_ORDERS.find((o) => o.value === params.get('communities'))?.value ?? 'POSTS';
  const contributorOrder =
    CONTRIBUTOR_ORDERS.find((o) => o.value === params.get('contributors'))?.value ??
    'ACCEPTED_ANSWERS';
  const { data, previousData, loading, error } = useQuery(AdoptionAnalyticsQuery, {
    variables: { input: { days, communityOrder, contributorOrder } },
  });
  // Keep the last figures on screen while a new period loads (no layout jump).
  const a = (data ?? previousData)?.adoptionAnalytics;

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const empty =
    a &&
    a.totals.activePeople === 0 &&
    a.previousTotals.activePeople === 0 &&
    a.totals.posts === 0 &&
    a.communities.length === 0;

  return (
    <div className="page stack-lg analytics">
      <header className="page__header page__header--row">
        <div>
          <h1>Adoption</h1>
          <p className="page__lead">
            Who participates, how fast questions get answered and which communities are alive.
          </p>
        </div>
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">Period</legend>
          {PERIODS.map((p) => (
            <label key={p} className="segmented__option">
              <input
                type="radio"
                name="analytics-period"
                value={p}
                checked={days === p}
                onChange={() => update('days', String(p))}
              />
              <span>Last {p} days</span>
            </label>
          ))}
        </fieldset>
      </header>
      {error ? <FeedError error={error} title="Could not load adoption analytics" /> : null}
      {!a && loading ? (
        <div className="center-block">
          <Spinner size="lg" label="Loading adoption analytics…" />
        </div>
      ) : null}
      {a ? (
        <>
          <p className="analytics-muted" aria-live="polite">
            {longDate(a.from)} to {longDate(a.to)} (UTC), compared with {longDate(a.previousFrom)}{' '}
            to {longDate(a.previousTo)}.{loading ? ' Updating…' : ''}
          </p>
          {empty ? (
            <EmptyState
              icon={<AdminIcon size={28} />}
              title="No activity yet"
              description={
                <p>
                  When people post, ask, reply and like, adoption shows up here. Invite colleagues,
                  create a first community and ask a question out loud.
                </p>
              }
            />
          ) : (
            <>
              <KpiTiles items={kpis(a)} />
              <section className="stack" aria-labelledby="analytics-activity">
                <h2 id="analytics-activity">Activity</h2>
                <div className="analytics-grid">
                  <ActivePeopleChart data={a} />
                  <ContributionsChart data={a} />
                </div>
              </section>
              <section className="stack" aria-labelledby="analytics-answers">
                <h2 id="analytics-answers">Questions and answers</h2>
                <div className="analytics-grid">
                  <TimeToAnswerChart data={a} />
                  <div className="card stack">
                    <h3>Participation</h3>
                    <dl className="analytics-facts">
                      <div>
                        <dt>Posted or replied</dt>
                        <dd>{formatCount(a.participation.posters)} people</dd>
                      </div>
                      <div>
                        <dt>Only liked</dt>
                        <dd>{formatCount(a.participation.reactors)} people</dd>
                      </div>
                      <div>
                        <dt>No activity (readers)</dt>
                        <dd>{formatCount(a.participation.readers)} people</dd>
                      </div>
                      <div>
                        <dt>Questions asked</dt>
                        <dd>
                          {formatCount(a.answering.questions)}; {formatCount(a.answering.answered)}{' '}
                          answered, {formatCount(a.answering.accepted)} accepted
                        </dd>
                      </div>
                      <div>
                        <dt>Accepted answer, median</dt>
                        <dd>{formatDuration(a.answering.acceptedMedianMinutes)}</dd>
                      </div>
                    </dl>
                  </div>
                </div>
              </section>
              <div className="analytics-grid analytics-grid--wide-first">
                <CommunitiesTable
                  data={a}
                  order={communityOrder as AnalyticsCommunityOrder}
                  onOrderChange={(o) => update('communities', o)}
                />
                <TopContributors
                  data={a}
                  order={contributorOrder as AnalyticsContributorOrder}
                  onOrderChange={(o) => update('contributors', o)}
                />
              </div>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
