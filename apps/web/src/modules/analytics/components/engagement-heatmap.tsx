import { useFormat, useTranslation } from '@outloud/web-i18n';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { ChartFigure } from './chart-figure';
import { MetricInfo } from './metric-info';
import { TimeZoneSetting } from './time-zone-setting';

type Heatmap = AdoptionAnalyticsQuery['adoptionAnalytics']['heatmap'];
type Cell = Heatmap['cells'][number];

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const pad = (h: number) => String(h).padStart(2, '0');
/** 2024-01-01 was a Monday: ISO weekday n is that day plus n - 1. */
const weekdayDate = (weekday: number) => `2024-01-0${weekday}`;

/** Five steps of intensity, so the drawing reads without exact colours (the table has the numbers). */
function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/**
 * Posts, replies and likes by hour of day × weekday in the organisation's time zone. The drawing
 * is a grid of shaded squares; its text alternative is the caption (the busiest hour) and a
 * weekday × hour table one press away.
 */
export function EngagementHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const byKey = new Map(heatmap.cells.map((c) => [`${c.weekday}-${c.hour}`, c.count]));
  const count = (weekday: number, hour: number) => byKey.get(`${weekday}-${hour}`) ?? 0;
  const max = heatmap.cells.reduce((m, c) => Math.max(m, c.count), 0);
  const busiest = heatmap.cells.reduce<Cell | undefined>(
    (best, c) => (!best || c.count > best.count ? c : best),
    undefined,
  );
  const weekdayName = (weekday: number) => format.day(weekdayDate(weekday), { weekday: 'long' });
  const shortWeekday = (weekday: number) => format.day(weekdayDate(weekday), { weekday: 'short' });
  const title = t('heatmap.title');
  const zone = heatmap.timeZone;
  return (
    <div className="stack">
      <ChartFigure
        title={title}
        info={<MetricInfo metric="engagementHeatmap" name={title} />}
        exportTable="heatmap"
        summary={
          busiest && busiest.count > 0
            ? t('heatmap.summary', {
                timeZone: zone,
                weekday: weekdayName(busiest.weekday),
                hour: `${pad(busiest.hour)}:00`,
                count: busiest.count,
              })
            : t('heatmap.none', { timeZone: zone })
        }
        chart={
          <div className="analytics-heatmap">
            <span />
            {HOURS.map((h) => (
              <span key={h} className="analytics-heatmap__hour">
                {h % 6 === 0 ? pad(h) : ''}
              </span>
            ))}
            {WEEKDAYS.map((w) => (
              <div key={w} className="analytics-heatmap__row">
                <span className="analytics-heatmap__day">{shortWeekday(w)}</span>
                {HOURS.map((h) => (
                  <span
                    key={h}
                    className={`analytics-heatmap__cell analytics-heatmap__cell--${level(count(w, h), max)}`}
                    title={t('heatmap.cell', {
                      weekday: weekdayName(w),
                      hour: pad(h),
                      count: count(w, h),
                    })}
                  />
                ))}
              </div>
            ))}
          </div>
        }
        rows={WEEKDAYS}
        rowKey={(w) => String(w)}
        columns={[
          { label: t('heatmap.weekday'), value: (w: number) => weekdayName(w) },
          ...HOURS.map((h) => ({
            label: t('heatmap.hour', { hour: pad(h) }),
            value: (w: number) => format.number(count(w, h)),
          })),
        ]}
      />
      <TimeZoneSetting current={zone} />
    </div>
  );
}
