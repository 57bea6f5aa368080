/**
 * Dates, numbers and relative times through `Intl`, in one locale. Formatters are cached per
 * locale: building an `Intl.*Format` is far slower than using one.
 */
const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export interface Formatters {
  readonly locale: string;
  /** 1 234 (sv) / 1,234 (en). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A share 0..1 as a whole percentage: "42 %" (sv) / "42%" (en). */
  percent(share: number): string;
  /** "3 mars 2026" / "3 Mar 2026" (`dateStyle: 'medium'` unless given). */
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  /** Date and time: "3 mars 2026 13:05". */
  dateTime(value: Date | string): string;
  /** A calendar day "2026-11-02" (UTC) as "2 nov." / "2 Nov", or with options. */
  day(isoDay: string, options?: Intl.DateTimeFormatOptions): string;
  /** "för 5 minuter sedan" / "5 minutes ago", "igår" / "yesterday"; "just now" below 45 s. */
  relative(value: Date | string, now?: Date): string;
  /** "Ana, Bo och Cy" / "Ana, Bo, and Cy". */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
}

const cache = new Map<string, Formatters>();

export function formatters(locale: string): Formatters {
  let found = cache.get(locale);
  if (!found) {
    found = createFormatters(locale);
    cache.set(locale, found);
  }
  return found;
}

function createFormatters(locale: string): Formatters {
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let f = numberFormats.get(key);
    if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };
  const dateFormat = (options: Intl.DateTimeFormatOptions) => {
    const key = JSON.stringify(options);
    let f = dateFormats.get(key);
    if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
    return f;
  };
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const toDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);
  const valid = (d: Date) => !Number.isNaN(d.getTime());

  return {
    locale,
    number: (value, options) => numberFormat(options).format(value),
    percent: (share) => numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share),
    date(value, options = { dateStyle: 'medium' }) {
      const d = toDate(value);
      return valid(d) ? dateFormat(options).format(d) : '';
    },
    dateTime(value) {
      const d = toDate(value);
      return valid(d) ? dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(d) : '';
    },
    day(isoDay, options = { day: 'numeric', month: 'short' }) {
      const d = new Date(`${isoDay}T00:00:00Z`);
      return valid(d) ? dateFormat({ ...options, timeZone: 'UTC' }).format(d) : '';
    },
    relative(value, now = new Date()) {
      const d = toDate(value);
      if (!valid(d)) return '';
      const seconds = Math.round((d.getTime() - now.getTime()) / 1000);
      // "now" in the locale's words ("nu", "now"), not a hand-written "just now".
      if (Math.abs(seconds) < 45) return relativeFormat.format(0, 'second');
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size)
          return relativeFormat.format(Math.round(seconds / size), unit);
      }
      return relativeFormat.format(Math.round(seconds / 60) || -1, 'minute');
    },
    list: (items, type = 'conjunction') =>
      new Intl.ListFormat(locale, { style: 'long', type }).format(items),
  };
}
