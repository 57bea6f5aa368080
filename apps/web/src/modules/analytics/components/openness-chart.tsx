import { useFormat, useTranslation } from '@outloud/web-i18n';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { ChartFigure } from './chart-figure';
import { MetricInfo } from './metric-info';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

interface Row {
  key: 'posts' | 'questions';
  open: number;
  restricted: number;
  all: number;
  share: number;
}

/**
 * Working out loud, measured: how much of what people post and ask is in the open, against
 * restricted communities. Counts only; no community is named.
 */
export function OpennessChart({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const o = data.openness;
  const rows: Row[] = [
    {
      key: 'posts',
      open: o.openPosts,
      restricted: o.restrictedPosts,
      all: o.posts,
      share: o.openPostShare,
    },
    {
      key: 'questions',
      open: o.openQuestions,
      restricted: o.restrictedQuestions,
      all: o.questions,
      share: o.openQuestionShare,
    },
  ];
  const title = t('openness.title');
  const pct = (part: number, whole: number) => (whole > 0 ? `${(part / whole) * 100}%` : '0%');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="openness" name={title} />}
      exportTable="openness"
      summary={
        o.posts > 0
          ? t('openness.summary', {
              posts: format.percent(o.openPostShare),
              questions: o.questions > 0 ? format.percent(o.openQuestionShare) : '—',
            })
          : t('openness.none')
      }
      chart={
        <>
          <ul className="analytics-legend">
            <li>
              <span className="analytics-swatch analytics-swatch--open" />
              {t('openness.open')}
            </li>
            <li>
              <span className="analytics-swatch analytics-swatch--restricted" />
              {t('openness.restricted')}
            </li>
          </ul>
          <ol className="analytics-stacks">
            {rows.map((r) => (
              <li key={r.key} className="analytics-stacks__row">
                <span className="analytics-stacks__label">{t(`openness.${r.key}`)}</span>
                <span className="analytics-stacks__track">
                  <span
                    className="analytics-stacks__part analytics-swatch--open"
                    style={{ width: pct(r.open, r.all) }}
                  />
                  <span
                    className="analytics-stacks__part analytics-swatch--restricted"
                    style={{ width: pct(r.restricted, r.all) }}
                  />
                </span>
                <span className="analytics-stacks__value">
                  {r.all > 0 ? format.percent(r.share) : '—'}
                </span>
              </li>
            ))}
          </ol>
        </>
      }
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { label: t('openness.content'), value: (r) => t(`openness.${r.key}`) },
        { label: t('openness.open'), value: (r) => format.number(r.open) },
        { label: t('openness.restricted'), value: (r) => format.number(r.restricted) },
        { label: t('openness.all'), value: (r) => format.number(r.all) },
        {
          label: t('openness.openShare'),
          value: (r) => (r.all > 0 ? format.percent(r.share) : '—'),
        },
      ]}
    />
  );
}
