/** Formatting for the adoption dashboard: plain words and numbers a screen reader reads well. */

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return whole.format(n);
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Minutes as "45 min", "3.5 h" or "2.1 days"; "—" when there is nothing to measure. */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${round1(hours)} h`;
  return `${round1(hours / 24)} days`;
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
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
  format: (n: number) => string = formatCount,
): Change {
  if (previous === 0 && current === 0)
    return { trend: 'flat', text: '±0', description: 'no change from the previous period' };
  if (previous === 0)
    return { trend: 'new', text: 'new', description: 'none in the previous period' };
  const pct = Math.round(((current - previous) / previous) * 100);
  if (pct === 0)
    return {
      trend: 'flat',
      text: '±0%',
      description: `about the same as the previous period (${format(previous)})`,
    };
  const trend = pct > 0 ? 'up' : 'down';
  return {
    trend,
    text: `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`,
    description: `${trend} ${Math.abs(pct)}% from ${format(previous)} in the previous period`,
  };
}

/** "2026-11-02" → "2 Nov" (dates are UTC days). */
export function shortDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** "2026-11-02" → "2 November 2026". */
export function longDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
