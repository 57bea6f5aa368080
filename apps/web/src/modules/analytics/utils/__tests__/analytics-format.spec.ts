import { describeChange, formatDuration, formatPercent, shortDate } from '../analytics-format';

describe('analytics formatting', () => {
  it('describes changes in words as well as a sign', () => {
    expect(describeChange(120, 100)).toEqual({
      trend: 'up',
      text: '+20%',
      description: 'up 20% from 100 in the previous period',
    });
    expect(describeChange(75, 100).text).toBe('−25%');
    expect(describeChange(5, 0)).toMatchObject({ trend: 'new', text: 'new' });
    expect(describeChange(0, 0)).toMatchObject({ trend: 'flat' });
    expect(describeChange(1001, 1000)).toMatchObject({ trend: 'flat', text: '±0%' });
  });

  it('shows durations in the unit people think in', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(42.4)).toBe('42 min');
    expect(formatDuration(210)).toBe('3.5 h');
    expect(formatDuration(60 * 24 * 3)).toBe('3 days');
  });

  it('formats shares and UTC days', () => {
    expect(formatPercent(0.834)).toBe('83%');
    expect(shortDate('2026-11-02')).toBe('2 Nov');
  });
});
