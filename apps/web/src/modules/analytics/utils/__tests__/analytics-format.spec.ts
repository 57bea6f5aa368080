import { formatters } from '@outloud/web-i18n';
import i18next from 'i18next';
import { describeChange, formatDuration, longDay, shortDay } from '../analytics-format';

const t = i18next.getFixedT('en', 'analytics');
const en = formatters('en-GB');
const sv = formatters('sv');

describe('analytics formatting', () => {
  it('describes changes in words as well as a sign', () => {
    expect(describeChange(120, 100, t, en)).toEqual({
      trend: 'up',
      text: '+20%',
      description: 'up 20% from 100 in the previous period',
    });
    expect(describeChange(75, 100, t, en).text).toBe('−25%');
    expect(describeChange(5, 0, t, en)).toMatchObject({ trend: 'new', text: 'new' });
    expect(describeChange(0, 0, t, en)).toMatchObject({ trend: 'flat' });
    expect(describeChange(1001, 1000, t, en)).toMatchObject({ trend: 'flat', text: '±0%' });
  });

  it('shows durations in the unit people think in, with the locale’s decimal sign', () => {
    expect(formatDuration(null, t, en)).toBe('—');
    expect(formatDuration(42.4, t, en)).toBe('42 min');
    expect(formatDuration(210, t, en)).toBe('3.5 h');
    expect(formatDuration(210, t, sv)).toBe('3,5 h');
    expect(formatDuration(60 * 24 * 3, t, en)).toBe('3 days');
  });

  it('formats UTC days', () => {
    expect(shortDay('2026-11-02', en)).toBe('2 Nov');
    expect(longDay('2026-11-02', en)).toBe('2 November 2026');
  });
});
