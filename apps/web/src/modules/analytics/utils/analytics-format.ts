import type { Formatters, TFunction } from '@outloud/web-i18n';

/** Formatting for the adoption dashboard: words and numbers in the interface language. */

type T = TFunction<'analytics'>;

/** Minutes as "45 min", "3.5 h" or "2.1 days"; "—" when there is nothing to measure. */
export function formatDuration(
  minutes: number | null | undefined,
  t: T,
  format: Formatters,
): string {
  if (minutes === null || minutes === undefined) return '—';
  const one = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  if (minutes < 90) return t('duration.minutes', { value: format.number(Math.round(minutes)) });
  const hours = minutes / 60;
  if (hours < 48) return t('duration.hours', { value: one(hours) });
  return t('duration.days', { value: one(hours / 24) });
}

export type Trend = 'up' | 'down' | 'flat' | 'new';

export interface Change {
  trend: Trend;
  /** Short visible text, e.g. "+12%". */
  text: string;
  /** Full sentence for assistive technology, e.g. "up 12% from 250 in the previous period". */
  description: string;
}

/** Change of a value against the previous period, with words rather than colour alone. */
export function describeChange(
  current: number,
  previous: number,
  t: T,
  format: Formatters,
  show: (n: number) => string = (n) => format.number(n),
): Change {
  if (previous === 0 && current === 0)
    return { trend: 'flat', text: '±0', description: t('change.flat') };
  if (previous === 0)
    return { trend: 'new', text: t('change.newShort'), description: t('change.new') };
  const ratio = Math.round(((current - previous) / previous) * 100) / 100;
  if (ratio === 0)
    return {
      trend: 'flat',
      text: `±${format.percent(0)}`,
      description: t('change.same', { previous: show(previous) }),
    };
  const trend = ratio > 0 ? 'up' : 'down';
  const sign = ratio > 0 ? '+' : '−';
  return {
    trend,
    text: `${sign}${format.percent(Math.abs(ratio))}`,
    description: t(`change.${trend}`, {
      percent: format.percent(Math.abs(ratio)),
      previous: show(previous),
    }),
  };
}

/** "2026-11-02" → "2 Nov" (dates are UTC days). */
export function shortDay(isoDay: string, format: Formatters): string {
  return format.day(isoDay);
}

/** "2026-11-02" → "2 November 2026". */
export function longDay(isoDay: string, format: Formatters): string {
  return format.day(isoDay, { day: 'numeric', month: 'long', year: 'numeric' });
}
