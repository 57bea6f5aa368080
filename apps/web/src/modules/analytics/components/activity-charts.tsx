import { useFormat, useTranslation } from '@outloud/web-i18n';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { formatDuration, longDay, shortDay } from '../utils/analytics-format';
import { ChartFigure } from './chart-figure';
import { MetricInfo } from './metric-info';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];
type Day = Analytics['series'][number];

// Colours from the design tokens' palette, distinguishable without colour (legend + table).
export const COLORS = {
  active: '#2f54c8',
  posts: '#2f54c8',
  questions: '#b7791f',
  replies: '#146c36',
};
const HEIGHT = 240;

function peak(series: readonly Day[], pick: (d: Day) => number): Day | undefined {
  return series.reduce<Day | undefined>(
    (best, d) => (!best || pick(d) > pick(best) ? d : best),
    undefined,
  );
}

export function ActivePeopleChart({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const top = peak(data.series, (d) => d.activePeople);
  const average = data.series.length
    ? data.series.reduce((sum, d) => sum + d.activePeople, 0) / data.series.length
    : 0;
  const title = t('active.title');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="activePeople" name={title} />}
      exportTable="series"
      summary={
        top && top.activePeople > 0
          ? t('active.summary', {
              average: Math.round(average * 10) / 10,
              day: longDay(top.date, format),
              peak: top.activePeople,
            })
          : t('active.none')
      }
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={[...data.series]} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => shortDay(d, format)}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} width={40} />
            <Line
              type="monotone"
              dataKey="activePeople"
              name={t('active.people')}
              stroke={COLORS.active}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      rows={data.series}
      rowKey={(d) => d.date}
      columns={[
        { label: t('active.day'), value: (d) => longDay(d.date, format) },
        { label: t('active.people'), value: (d) => format.number(d.activePeople) },
      ]}
    />
  );
}

export function ContributionsChart({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const totals = data.totals;
  // Questions are also posts: stack "other posts", "questions" and "replies" so nothing counts twice.
  const rows = data.series.map((d) => ({ ...d, statusUpdates: d.posts - d.questions }));
  const title = t('contributions.title');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="posts" name={title} />}
      exportTable="series"
      summary={t('contributions.summary', {
        posts: totals.posts,
        questions: totals.questions,
        replies: totals.replies,
      })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => shortDay(d, format)}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} width={40} />
            <Legend />
            <Bar
              dataKey="statusUpdates"
              name={t('contributions.otherPosts')}
              stackId="a"
              fill={COLORS.posts}
              isAnimationActive={false}
            />
            <Bar
              dataKey="questions"
              name={t('contributions.questions')}
              stackId="a"
              fill={COLORS.questions}
              isAnimationActive={false}
            />
            <Bar
              dataKey="replies"
              name={t('contributions.replies')}
              stackId="a"
              fill={COLORS.replies}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      rows={data.series}
      rowKey={(d) => d.date}
      columns={[
        { label: t('contributions.day'), value: (d) => longDay(d.date, format) },
        { label: t('contributions.posts'), value: (d) => format.number(d.posts) },
        { label: t('contributions.questions'), value: (d) => format.number(d.questions) },
        { label: t('contributions.replies'), value: (d) => format.number(d.replies) },
      ]}
    />
  );
}

export function TimeToAnswerChart({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const duration = (m: number | null | undefined) => formatDuration(m, t, format);
  const now = data.answering;
  const before = data.previousAnswering;
  const hours = (m: number | null | undefined) => (m == null ? 0 : Math.round((m / 60) * 10) / 10);
  const rows = [
    {
      key: 'first',
      label: t('time.firstReply'),
      median: now.firstReplyMedianMinutes,
      p90: now.firstReplyP90Minutes,
      previousMedian: before.firstReplyMedianMinutes,
    },
    {
      key: 'accepted',
      label: t('time.accepted'),
      median: now.acceptedMedianMinutes,
      p90: now.acceptedP90Minutes,
      previousMedian: before.acceptedMedianMinutes,
    },
  ];
  const title = t('time.title');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="firstReplyTime" name={title} />}
      summary={
        now.questions > 0
          ? t('time.summary', {
              count: now.questions,
              median: duration(now.firstReplyMedianMinutes),
              p90: duration(now.firstReplyP90Minutes),
              accepted: duration(now.acceptedMedianMinutes),
            })
          : t('time.none')
      }
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart
            data={rows.map((r) => ({ ...r, medianH: hours(r.median), p90H: hours(r.p90) }))}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis width={40} />
            <Legend />
            <Bar
              dataKey="medianH"
              name={t('time.median')}
              fill={COLORS.active}
              isAnimationActive={false}
            />
            <Bar
              dataKey="p90H"
              name={t('time.p90')}
              fill={COLORS.questions}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { label: t('time.measure'), value: (r) => r.label },
        { label: t('time.median'), value: (r) => duration(r.median) },
        { label: t('time.p90'), value: (r) => duration(r.p90) },
        { label: t('time.previousMedian'), value: (r) => duration(r.previousMedian) },
      ]}
    />
  );
}
