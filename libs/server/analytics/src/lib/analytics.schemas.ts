import { z } from 'zod';
import { dayStart, toUtcDay } from './analytics-rollup';

/** Two years, a leap day included: year-on-year comparisons fit. */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.')
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && toUtcDay(new Date(`${v}T00:00:00Z`)) === v,
    'Not a real date.',
  );

/** The dashboard's range: `days` back from `to` (default today), or an explicit `from`..`to`. */
export const analyticsRangeSchema = z
  .object({
    days: z
      .number()
      .int('Whole days only.')
      .min(1, 'At least one day.')
      .max(MAX_RANGE_DAYS, `At most ${MAX_RANGE_DAYS} days.`)
      .nullish(),
    from: isoDay.nullish(),
    to: isoDay.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.days != null && v.from != null)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Give either days or from, not both.',
      });
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'The start is after the end.' });
    if (v.from && spanDays(v.from, v.to ?? toUtcDay(new Date())) > MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `A range is at most ${MAX_RANGE_DAYS} days.`,
      });
  });

export interface AnalyticsRange {
  /** First and last UTC day, inclusive. */
  from: string;
  to: string;
  days: number;
  /** The same number of days just before `from`, for comparison. */
  previousFrom: string;
  previousTo: string;
}

function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(dayStart(to)) - Date.parse(dayStart(from))) / 86_400_000) + 1;
}

/** Resolves validated input to concrete days (`today` is injectable for tests). */
export function toRange(
  input: z.output<typeof analyticsRangeSchema>,
  today: string = toUtcDay(new Date()),
): AnalyticsRange {
  const to = input.to ?? today;
  const from = input.from ?? dayStart(to, 1 - (input.days ?? DEFAULT_RANGE_DAYS)).slice(0, 10);
  const days = spanDays(from, to);
  return {
    from,
    to,
    days,
    previousFrom: dayStart(from, -days).slice(0, 10),
    previousTo: dayStart(from, -1).slice(0, 10),
  };
}
