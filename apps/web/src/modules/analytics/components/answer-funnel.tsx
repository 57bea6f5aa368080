import { useFormat, useTranslation } from '@outloud/web-i18n';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { ChartFigure } from './chart-figure';
import { MetricInfo } from './metric-info';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];

interface Stage {
  key: 'asked' | 'withinDay' | 'withinWeek' | 'accepted';
  count: number;
  /** The share's base: each stage has its own (see the metric definitions). */
  base: number;
}

/** Bars as wide as their share of the questions asked; a stage with some questions stays visible. */
function barWidth(count: number, asked: number): string {
  if (asked === 0 || count === 0) return '0%';
  return `${Math.max((count / asked) * 100, 1.5)}%`;
}

/**
 * The questions of the period, stage by stage: asked → answered within 24 hours (and 7 days) →
 * an accepted answer. Plain bars of CSS, so the chart reflows to any width; the caption and the
 * table carry the numbers.
 */
export function AnswerFunnel({ data }: { data: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const a = data.answering;
  const stages: Stage[] = [
    { key: 'asked', count: a.questions, base: a.questions },
    { key: 'withinDay', count: a.answeredWithinDay, base: a.askedDayAgo },
    { key: 'withinWeek', count: a.answeredWithinWeek, base: a.askedWeekAgo },
    { key: 'accepted', count: a.accepted, base: a.questions },
  ];
  const share = (s: Stage) => (s.base > 0 ? format.percent(s.count / s.base) : '—');
  const title = t('funnel.title');
  return (
    <ChartFigure
      title={title}
      info={<MetricInfo metric="answeredWithinDay" name={t('funnel.withinDay')} />}
      exportTable="funnel"
      summary={
        a.questions > 0 && a.askedDayAgo === 0
          ? t('funnel.summaryTooRecent', {
              asked: a.questions,
              accepted: a.accepted,
              acceptedShare: format.percent(a.acceptedShare),
            })
          : a.questions > 0
            ? t('funnel.summary', {
                asked: a.questions,
                withinDay: a.answeredWithinDay,
                withinDayShare: format.percent(a.answeredWithinDayShare),
                accepted: a.accepted,
                acceptedShare: format.percent(a.acceptedShare),
              })
            : t('funnel.none')
      }
      chart={
        <ol className="analytics-funnel">
          {stages.map((s) => (
            <li key={s.key} className={`analytics-funnel__stage analytics-funnel__stage--${s.key}`}>
              <span className="analytics-funnel__label">{t(`funnel.${s.key}`)}</span>
              <span className="analytics-funnel__track">
                <span
                  className="analytics-funnel__bar"
                  style={{ width: barWidth(s.count, a.questions) }}
                />
              </span>
              <span className="analytics-funnel__value">{format.number(s.count)}</span>
            </li>
          ))}
        </ol>
      }
      rows={stages}
      rowKey={(s) => s.key}
      columns={[
        { label: t('funnel.stage'), value: (s) => t(`funnel.${s.key}`) },
        { label: t('funnel.questions'), value: (s) => format.number(s.count) },
        { label: t('funnel.share'), value: share },
        { label: t('funnel.base'), value: (s) => format.number(s.base) },
      ]}
    />
  );
}
