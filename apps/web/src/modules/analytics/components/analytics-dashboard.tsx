import { useQuery } from '@apollo/client/react';
import { useFormat, useTranslation, type Formatters, type TFunction } from '@outloud/web-i18n';
import { AdminIcon, Button, EmptyState, Spinner } from '@outloud/web-ui';
import { useSearchParams } from 'react-router-dom';
import type {
  AdoptionAnalyticsQuery as AnalyticsData,
  AnalyticsCommunityOrder,
  AnalyticsContributorOrder,
} from '../../../generated/graphql';
import { FeedError } from '../../stream/components/feed-states';
import { AdoptionAnalyticsQuery } from '../graphql/analytics.operations';
import { describeChange, formatDuration, longDay } from '../utils/analytics-format';
import { AnalyticsFilters, type AnalyticsFilterValue } from './analytics-filters';
import { ActivePeopleChart, ContributionsChart, TimeToAnswerChart } from './activity-charts';
import { AnswerFunnel } from './answer-funnel';
import { RoutingOutcomes } from './routing-outcomes';
import { EngagementHeatmap } from './engagement-heatmap';
import { COMMUNITY_ORDERS, CommunitiesTable } from './communities-table';
import { DepartmentParticipation } from './department-participation';
import { KnowledgeReuse } from './knowledge-reuse';
import { KpiTiles, type Kpi } from './kpi-tiles';
import { MetricInfo } from './metric-info';
import { OpennessChart } from './openness-chart';
import { CONTRIBUTOR_ORDERS, TopContributors } from './top-contributors';
import { UnansweredList } from './unanswered-list';
import './analytics.css';

export const PERIODS = [7, 30, 90] as const;
/** The dashboard's choices live in the address, so a view can be shared or bookmarked. */
const PARAM = {
  days: 'days',
  from: 'from',
  to: 'to',
  communities: 'communities',
  contributors: 'contributors',
  department: 'department',
  community: 'community',
} as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A custom range (from..to, up to two years; the server refuses longer or reversed ones). */
function RangeForm({
  from,
  to,
  onApply,
}: {
  from: string | null;
  to: string | null;
  onApply: (from: string, to: string) => void;
}) {
  const { t } = useTranslation('analytics');
  return (
    <form
      className="analytics-range"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const start = String(data.get(PARAM.from) ?? '');
        const end = String(data.get(PARAM.to) ?? '');
        if (ISO_DAY.test(start) && ISO_DAY.test(end)) onApply(start, end);
      }}
    >
      <fieldset>
        <legend className="ol-visually-hidden">{t('custom.legend')}</legend>
        <label>
          <span>{t('custom.from')}</span>
          <input type="date" name={PARAM.from} defaultValue={from ?? ''} required />
        </label>
        <label>
          <span>{t('custom.to')}</span>
          <input type="date" name={PARAM.to} defaultValue={to ?? ''} required />
        </label>
        <Button type="submit" size="sm" variant="secondary">
          {t('custom.apply')}
        </Button>
      </fieldset>
    </form>
  );
}
type Period = (typeof PERIODS)[number];

function periodOf(value: string | null): Period {
  return PERIODS.find((p) => String(p) === value) ?? 30;
}

function kpis(
  a: AnalyticsData['adoptionAnalytics'],
  t: TFunction<'analytics'>,
  f: Formatters,
): Kpi[] {
  const totals = a.totals;
  const p = a.previousTotals;
  const q = a.answering;
  const pq = a.previousAnswering;
  const change = (now: number, before: number, show?: (n: number) => string) =>
    describeChange(now, before, t, f, show);
  const duration = (m: number | null | undefined) => formatDuration(m, t, f);
  const time = (now: number | null | undefined, before: number | null | undefined) =>
    now != null && before != null ? change(now, before, duration) : undefined;
  const percentPoints = (share: number) => Math.round(share * 100);
  const asPercent = (n: number) => f.percent(n / 100);
  return [
    {
      label: t('kpi.activePeople'),
      metric: 'activePeople',
      value: f.number(totals.activePeople),
      change: change(totals.activePeople, p.activePeople),
      detail: t('kpi.activeDetail', {
        share: f.percent(a.participation.activeShare),
        count: a.participation.activeAccounts,
      }),
    },
    {
      label: t('kpi.posts'),
      metric: 'posts',
      value: f.number(totals.posts),
      change: change(totals.posts, p.posts),
    },
    {
      label: t('kpi.questions'),
      metric: 'questions',
      value: f.number(totals.questions),
      change: change(totals.questions, p.questions),
    },
    {
      label: t('kpi.replies'),
      metric: 'replies',
      value: f.number(totals.replies),
      change: change(totals.replies, p.replies),
    },
    {
      label: t('kpi.answered'),
      metric: 'answered',
      value: f.percent(q.answeredShare),
      change: change(percentPoints(q.answeredShare), percentPoints(pq.answeredShare), asPercent),
      detail: t('kpi.acceptedDetail', { share: f.percent(q.acceptedShare) }),
    },
    {
      label: t('kpi.withinDay'),
      metric: 'answeredWithinDay',
      // No question is a day old yet: nothing to measure, rather than a discouraging 0%.
      value: q.askedDayAgo > 0 ? f.percent(q.answeredWithinDayShare) : '—',
      change:
        q.askedDayAgo > 0 && pq.askedDayAgo > 0
          ? change(
              percentPoints(q.answeredWithinDayShare),
              percentPoints(pq.answeredWithinDayShare),
              asPercent,
            )
          : undefined,
      detail:
        q.askedWeekAgo > 0
          ? t('kpi.withinDayDetail', { share: f.percent(q.answeredWithinWeekShare) })
          : undefined,
    },
    {
      label: t('kpi.stickiness'),
      metric: 'stickiness',
      value: f.percent(a.stickiness.ratio),
      detail: t('kpi.stickinessDetail', {
        daily: f.number(a.stickiness.dailyActive, { maximumFractionDigits: 1 }),
        monthly: a.stickiness.monthlyActive,
      }),
    },
    {
      label: t('kpi.firstReply'),
      metric: 'firstReplyTime',
      value: duration(q.firstReplyMedianMinutes),
      change: time(q.firstReplyMedianMinutes, pq.firstReplyMedianMinutes),
      lowerIsBetter: true,
    },
  ];
}

function Participation({ a }: { a: AnalyticsData['adoptionAnalytics'] }) {
  const { t } = useTranslation('analytics');
  const f = useFormat();
  const title = t('participation.title');
  const people = (count: number) => t('participation.people', { count });
  return (
    <div className="card stack analytics-info-host">
      <h3 className="analytics-heading">
        <span>{title}</span>
        <MetricInfo metric="participation" name={title} />
      </h3>
      <dl className="analytics-facts">
        <div>
          <dt>{t('participation.posters')}</dt>
          <dd>{people(a.participation.posters)}</dd>
        </div>
        <div>
          <dt>{t('participation.reactors')}</dt>
          <dd>{people(a.participation.reactors)}</dd>
        </div>
        <div>
          <dt>{t('participation.readers')}</dt>
          <dd>{people(a.participation.readers)}</dd>
        </div>
        <div>
          <dt>{t('participation.questionsAsked')}</dt>
          <dd>
            {t('participation.questionsLine', {
              questions: a.answering.questions,
              answered: a.answering.answered,
              accepted: a.answering.accepted,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('participation.acceptedMedian')}</dt>
          <dd>{formatDuration(a.answering.acceptedMedianMinutes, t, f)}</dd>
        </div>
      </dl>
    </div>
  );
}

/** The admin's adoption dashboard: who participates, how fast questions get answered, which communities are alive. */
export function AnalyticsDashboard() {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const days = periodOf(params.get(PARAM.days));
  const from = params.get(PARAM.from);
  const to = params.get(PARAM.to);
  const custom = !!(from && to && ISO_DAY.test(from) && ISO_DAY.test(to));
  const communityOrder =
    COMMUNITY_ORDERS.find((o) => o === params.get(PARAM.communities)) ?? 'POSTS';
  const contributorOrder =
    CONTRIBUTOR_ORDERS.find((o) => o === params.get(PARAM.contributors)) ?? 'ACCEPTED_ANSWERS';
  const filters = {
    department: params.get(PARAM.department) || null,
    communityId: params.get(PARAM.community) || null,
  };
  // Only the filters that are set, so an unfiltered view asks exactly what it always did.
  const filterInput = {
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.communityId ? { communityId: filters.communityId } : {}),
  };
  const { data, previousData, loading, error } = useQuery(AdoptionAnalyticsQuery, {
    variables: {
      input: custom
        ? { from, to, communityOrder, contributorOrder, ...filterInput }
        : { days, communityOrder, contributorOrder, ...filterInput },
    },
  });
  // Keep the last figures on screen while a new period loads (no layout jump).
  const a = (data ?? previousData)?.adoptionAnalytics;

  const update = (key: (typeof PARAM)[keyof typeof PARAM], value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    // A preset period replaces a custom range.
    if (key === PARAM.days) {
      next.delete(PARAM.from);
      next.delete(PARAM.to);
    }
    setParams(next, { replace: true });
  };
  const applyFilters = (value: AnalyticsFilterValue) => {
    const next = new URLSearchParams(params);
    if (value.department) next.set(PARAM.department, value.department);
    else next.delete(PARAM.department);
    if (value.communityId) next.set(PARAM.community, value.communityId);
    else next.delete(PARAM.community);
    setParams(next, { replace: true });
  };
  const applyRange = (start: string, end: string) => {
    const next = new URLSearchParams(params);
    next.delete(PARAM.days);
    next.set(PARAM.from, start);
    next.set(PARAM.to, end);
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
      <header className="analytics-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="page__lead">{t('lead')}</p>
        </div>
        <fieldset className="segmented analytics-periods">
          <legend className="ol-visually-hidden">{t('period.legend')}</legend>
          {PERIODS.map((p) => (
            <label key={p} className="segmented__option">
              <input
                type="radio"
                name="analytics-period"
                value={p}
                checked={!custom && days === p}
                onChange={() => update(PARAM.days, String(p))}
              />
              <span>{t('period.days', { count: p })}</span>
            </label>
          ))}
        </fieldset>
      </header>
      <RangeForm from={custom ? from : null} to={custom ? to : null} onApply={applyRange} />
      <AnalyticsFilters value={filters} onChange={applyFilters} />
      {error ? <FeedError error={error} title={t('loadFailed')} /> : null}
      {!a && loading ? (
        <div className="center-block">
          <Spinner size="lg" label={t('loading')} />
        </div>
      ) : null}
      {a ? (
        <>
          <p className="analytics-muted" aria-live="polite">
            {t('range', {
              from: longDay(a.from, format),
              to: longDay(a.to, format),
              previousFrom: longDay(a.previousFrom, format),
              previousTo: longDay(a.previousTo, format),
            })}
            {a.department || a.community
              ? ` ${t('filters.showing', {
                  department: a.department ?? t('filters.allDepartments'),
                  community: a.community?.name ?? t('filters.allCommunities'),
                })}`
              : ''}
            {loading ? ` ${t('updating')}` : ''}
          </p>
          {empty ? (
            <EmptyState
              icon={<AdminIcon size={28} />}
              title={t('empty.title')}
              description={<p>{t('empty.body')}</p>}
            />
          ) : (
            <>
              <KpiTiles items={kpis(a, t, format)} />
              <section className="stack" aria-labelledby="analytics-activity">
                <h2 id="analytics-activity">{t('sections.activity')}</h2>
                <div className="analytics-grid">
                  <ActivePeopleChart data={a} />
                  <ContributionsChart data={a} />
                  <EngagementHeatmap heatmap={a.heatmap} />
                </div>
              </section>
              <section className="stack" aria-labelledby="analytics-answers">
                <h2 id="analytics-answers">{t('sections.answers')}</h2>
                <div className="analytics-grid">
                  <AnswerFunnel data={a} />
                  <TimeToAnswerChart data={a} />
                  <Participation a={a} />
                </div>
              </section>
              <section className="stack" aria-labelledby="analytics-participation">
                <h2 id="analytics-participation">{t('sections.participation')}</h2>
                <div className="analytics-grid">
                  <DepartmentParticipation data={a} />
                  <OpennessChart data={a} />
                </div>
              </section>
              <KnowledgeReuse reuse={a.knowledgeReuse} departmentFiltered={!!a.department} />
              {/* Routing figures follow the preset periods (the query counts back from today). */}
              {custom ? null : <RoutingOutcomes days={days} />}
              <UnansweredList unanswered={a.unanswered} />
              <CommunitiesTable
                data={a}
                order={communityOrder as AnalyticsCommunityOrder}
                onOrderChange={(o) => update(PARAM.communities, o)}
              />
              <TopContributors
                data={a}
                order={contributorOrder as AnalyticsContributorOrder}
                onOrderChange={(o) => update(PARAM.contributors, o)}
              />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
