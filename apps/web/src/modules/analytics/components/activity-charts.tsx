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
import { formatCount, formatDuration, longDate, shortDate } from '../utils/analytics-format';
import { ChartFigure } from './chart-figure';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];
type Day = Analytics['series'][number];

// Colours from the design tokens' palette, distinguishable without colour (legend + table).
const COLORS = { active: '#2f54c8', posts: '#2f54c8', questions: '#b7791f', replies: '#146c36' };
const HEIGHT = 240;

function peak(series: readonly Day[], pick: (d: Day) => number): Day | undefined {
  return series.reduce<Day | undefined>(
    (best, d) => (!best || pick(d) > pick(best) ? d : best),
    undefined,
  );
}

export function ActivePeopleChart({ data }: { data: Analytics }) {
  const top = peak(data.series, (d) => d.activePeople);
  const average = data.series.length
    ? data.series.reduce((sum, d) => sum + d.activePeople, 0) / data.series.length
    : 0;
  return (
    <ChartFigure
      title="Active people per day"
      summary={
        top && top.activePeople > 0
          ? `On average ${formatCount(average)} people a day posted, replied or liked; the busiest day was ${longDate(top.date)} with ${formatCount(top.activePeople)}.`
          : 'Nobody posted, replied or liked in this period.'
      }
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={[...data.series]} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} />
            <YAxis allowDecimals={false} width={40} />
            <Line
              type="monotone"
              dataKey="activePeople"
              name="Active people"
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
        { label: 'Day', value: (d) => longDate(d.date) },
        { label: 'Active people', value: (d) => formatCount(d.activePeople) },
      ]}
    />
  );
}

export function ContributionsChart({ data }: { data: Analytics }) {
  const t = data.totals;
  // Questions are also posts: stack "other posts", "questions" and "replies" so nothing counts twice.
  const rows = data.series.map((d) => ({ ...d, statusUpdates: d.posts - d.questions }));
  return (
    <ChartFigure
      title="Posts, questions and replies per day"
      summary={`${formatCount(t.posts)} posts (${formatCount(t.questions)} of them questions) and ${formatCount(t.replies)} replies in this period.`}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} />
            <YAxis allowDecimals={false} width={40} />
            <Legend />
            <Bar
              dataKey="statusUpdates"
              name="Other posts"
              stackId="a"
              fill={COLORS.posts}
              isAnimationActive={false}
            />
            <Bar
              dataKey="questions"
              name="Questions"
              stackId="a"
              fill={COLORS.questions}
              isAnimationActive={false}
            />
            <Bar
              dataKey="replies"
              name="Replies"
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
        { label: 'Day', value: (d) => longDate(d.date) },
        { label: 'Posts', value: (d) => formatCount(d.posts) },
        { label: 'Questions', value: (d) => formatCount(d.questions) },
        { label: 'Replies', value: (d) => formatCount(d.replies) },
      ]}
    />
  );
}

export function TimeToAnswerChart({ data }: { data: Analytics }) {
  const now = data.answering;
  const before = data.previousAnswering;
  const hours = (m: number | null | undefined) => (m == null ? 0 : Math.round((m / 60) * 10) / 10);
  const rows = [
    {
      key: 'first',
      label: 'First reply',
      median: now.firstReplyMedianMinutes,
      p90: now.firstReplyP90Minutes,
      previousMedian: before.firstReplyMedianMinutes,
    },
    {
      key: 'accepted',
      label: 'Accepted answer',
      median: now.acceptedMedianMinutes,
      p90: now.acceptedP90Minutes,
      previousMedian: before.acceptedMedianMinutes,
    },
  ];
  return (
    <ChartFigure
      title="Time to answer (hours)"
      summary={
        now.questions > 0
          ? `Half of the ${formatCount(now.questions)} questions got a first reply within ${formatDuration(now.firstReplyMedianMinutes)} and nine in ten within ${formatDuration(now.firstReplyP90Minutes)}; accepted answers took ${formatDuration(now.acceptedMedianMinutes)} (median).`
          : 'No questions were asked in this period.'
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
            <Bar dataKey="medianH" name="Median" fill={COLORS.active} isAnimationActive={false} />
            <Bar
              dataKey="p90H"
              name="9 in 10 within"
              fill={COLORS.questions}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { label: 'Measure', value: (r) => r.label },
        { label: 'Median', value: (r) => formatDuration(r.median) },
        { label: '9 in 10 within', value: (r) => formatDuration(r.p90) },
        { label: 'Median, previous period', value: (r) => formatDuration(r.previousMedian) },
      ]}
    />
  );
}
