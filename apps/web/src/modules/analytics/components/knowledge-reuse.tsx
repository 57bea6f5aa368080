import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { KnowledgeReuseFieldsFragment as Reuse } from '../../../generated/graphql';
import { describeChange, longDay, shortDay } from '../utils/analytics-format';
import { COLORS } from './activity-charts';
import { ChartFigure } from './chart-figure';
import { ExportLink } from './export-link';
import { MetricInfo } from './metric-info';
import './knowledge-reuse.css';

/**
 * Knowledge reuse: answered questions people found again after 30 days (views and search clicks
 * per day, the most reused ones) and the searches that found nothing, for the page's period. The
 * community filter narrows the questions; the department filter cannot apply (no person is kept).
 */
export function KnowledgeReuse({
  reuse: k,
  departmentFiltered,
}: {
  reuse: Reuse;
  departmentFiltered: boolean;
}) {
  const { t } = useTranslation('analytics');
  const empty =
    k.totals.views + k.totals.searchClicks === 0 &&
    k.previousTotals.views + k.previousTotals.searchClicks === 0 &&
    k.hidden.questions === 0 &&
    k.contentGaps.emptySearches === 0;
  return (
    <section className="stack" aria-labelledby="analytics-reuse">
      <h2 id="analytics-reuse">{t('reuse.title')}</h2>
      <p className="analytics-muted">{t('reuse.lead')}</p>
      {departmentFiltered ? <p className="analytics-note">{t('reuse.departmentNote')}</p> : null}
      {empty ? (
        <p className="analytics-empty card">{t('reuse.empty')}</p>
      ) : (
        <div className="analytics-grid">
          <ReuseChart reuse={k} />
          <ReusedQuestions reuse={k} />
          <ContentGaps reuse={k} />
        </div>
      )}
    </section>
  );
}

function ReuseChart({ reuse }: { reuse: Reuse }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const now = reuse.totals;
  const before = reuse.previousTotals;
  const change = describeChange(
    now.views + now.searchClicks,
    before.views + before.searchClicks,
    t,
    format,
  );
  const title = t('reuse.usesTitle');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="questionReuse" name={title} />}
      summary={
        <>
          {t('reuse.usesSummary', {
            views: now.views,
            clicks: now.searchClicks,
            questions: now.questions,
          })}{' '}
          {t('reuse.change', { change: change.description })}
        </>
      }
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={[...reuse.series]} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => shortDay(d, format)}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} width={40} />
            <Legend />
            <Bar
              dataKey="views"
              name={t('reuse.views')}
              stackId="a"
              fill={COLORS.posts}
              isAnimationActive={false}
            />
            <Bar
              dataKey="searchClicks"
              name={t('reuse.searchClicks')}
              stackId="a"
              fill={COLORS.questions}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      rows={reuse.series}
      rowKey={(d) => d.date}
      columns={[
        { label: t('reuse.day'), value: (d) => longDay(d.date, format) },
        { label: t('reuse.views'), value: (d) => format.number(d.views) },
        { label: t('reuse.searchClicks'), value: (d) => format.number(d.searchClicks) },
      ]}
    />
  );
}

function ReusedQuestions({ reuse }: { reuse: Reuse }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const title = t('reuse.topTitle');
  return (
    <section className="card stack analytics-info-host" aria-labelledby="analytics-reuse-top">
      <h3 className="analytics-heading">
        <span id="analytics-reuse-top">{title}</span>
        <MetricInfo metric="reusedQuestions" name={title} />
      </h3>
      {reuse.topQuestions.length === 0 ? (
        <p className="analytics-muted">{t('reuse.topNone')}</p>
      ) : (
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
                <th scope="col">{t('reuse.question')}</th>
                <th scope="col">{t('reuse.views')}</th>
                <th scope="col">{t('reuse.searchClicks')}</th>
              </tr>
            </thead>
            <tbody>
              {reuse.topQuestions.map((q) => (
                <tr key={q.postId}>
                  <th scope="row" className="analytics-reuse__question">
                    <Link to={`/posts/${q.postId}`}>{q.excerpt}</Link>
                    {q.community ? (
                      <span className="analytics-muted"> {q.community.name}</span>
                    ) : null}
                  </th>
                  <td>{format.number(q.views)}</td>
                  <td>{format.number(q.searchClicks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reuse.hidden.questions > 0 ? (
        <p className="analytics-muted">
          {t('reuse.hidden', {
            count: reuse.hidden.questions,
            uses: reuse.hidden.views + reuse.hidden.searchClicks,
          })}
        </p>
      ) : null}
      <ExportLink table="reuse" name={title} />
    </section>
  );
}

function ContentGaps({ reuse }: { reuse: Reuse }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const gaps = reuse.contentGaps;
  const title = t('reuse.gapsTitle');
  return (
    <section className="card stack analytics-info-host" aria-labelledby="analytics-reuse-gaps">
      <h3 className="analytics-heading">
        <span id="analytics-reuse-gaps">{title}</span>
        <MetricInfo metric="contentGaps" name={title} />
      </h3>
      <p className="analytics-muted">
        {t('reuse.gapsSummary', { count: gaps.emptySearches })}{' '}
        {t('reuse.change', {
          change: describeChange(gaps.emptySearches, gaps.previousEmptySearches, t, format)
            .description,
        })}
      </p>
      {gaps.top.length === 0 ? (
        <p className="analytics-muted">{t('reuse.gapsNone', { min: gaps.minSearches })}</p>
      ) : (
        <ol className="analytics-gaps">
          {gaps.top.map((g) => (
            <li key={g.query}>
              <span className="analytics-gaps__text">{g.query}</span>{' '}
              <span className="analytics-muted">
                {t('reuse.gapSearches', { count: g.searches })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="analytics-muted">
        {t('reuse.gapsThreshold', { min: gaps.minSearches, count: gaps.textsBelowThreshold })}
      </p>
      <ExportLink table="gaps" name={title} />
    </section>
  );
}
