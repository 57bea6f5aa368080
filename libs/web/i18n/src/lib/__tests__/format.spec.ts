import { formatters } from '../format';
import { formattingLocale, pickLocale } from '../locale';

const now = new Date('2026-03-10T12:00:00Z');
// Intl separates digit groups and units with no-break spaces (U+00A0, U+202F) in Swedish.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  it('writes relative times in the locale', () => {
    const sv = formatters('sv');
    const en = formatters('en');
    expect(sv.relative('2026-03-10T11:55:00Z', now)).toBe('för 5 minuter sedan');
    expect(en.relative('2026-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(sv.relative('2026-03-09T12:00:00Z', now)).toBe('i går');
    expect(en.relative('2026-03-10T11:59:50Z', now)).toBe('now');
    expect(en.relative('not a date', now)).toBe('');
  });

  it('writes numbers, percentages and days the local way', () => {
    expect(plain(formatters('sv').number(1234567))).toBe('1 234 567');
    expect(formatters('en').number(1234567)).toBe('1,234,567');
    expect(plain(formatters('sv').percent(0.42))).toBe('42 %');
    expect(formatters('en').percent(0.42)).toBe('42%');
    expect(formatters('sv').day('2026-11-02')).toBe('2 nov.');
    expect(formatters('en-GB').day('2026-11-02')).toBe('2 Nov');
    expect(
      formatters('sv').date('2026-03-03T10:00:00Z', { dateStyle: 'long', timeZone: 'UTC' }),
    ).toBe('3 mars 2026');
  });

  it('lists names with the locale’s conjunction', () => {
    expect(formatters('sv').list(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo och Cy');
    expect(formatters('en').list(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo, and Cy');
  });
});

describe('locale choice', () => {
  it('takes the first preferred language we have a catalogue for', () => {
    expect(pickLocale(['de-DE', 'sv-SE', 'en'])).toBe('sv');
    expect(pickLocale(['fr'])).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('formats in the browser’s regional variant of the interface language', () => {
    expect(formattingLocale('en', ['en-GB', 'sv'])).toBe('en-GB');
    expect(formattingLocale('sv', ['en-GB', 'sv-FI'])).toBe('sv-FI');
    expect(formattingLocale('sv', ['en-US'])).toBe('sv');
  });
});
