import i18next from 'i18next';
import { initI18n, setLocale } from '../i18n';

describe('initI18n', () => {
  beforeAll(() => {
    i18next.addResourceBundle('en', 'common', {
      testPeople: '{count, plural, one {# person} other {# people}}',
    });
    i18next.addResourceBundle('sv', 'common', {
      testPeople: '{count, plural, one {# person} other {# personer}}',
    });
  });

  it('is started once, synchronously, by the test setup', () => {
    expect(initI18n('en', { strict: true }).isInitialized).toBe(true);
  });

  it('chooses ICU plural forms per language', async () => {
    await setLocale('en');
    expect(i18next.t('common:testPeople' as never, { count: 1 })).toBe('1 person');
    expect(i18next.t('common:testPeople' as never, { count: 2 })).toBe('2 people');
    await setLocale('sv');
    expect(i18next.t('common:testPeople' as never, { count: 2 })).toBe('2 personer');
    expect(document.documentElement.lang).toBe('sv');
    expect(window.localStorage.getItem('outloud.locale')).toBe('sv');
    await setLocale('en');
  });

  it('fails loudly on a key nobody wrote (strict mode in tests)', () => {
    expect(() => i18next.t('common:noSuchKey' as never)).toThrow(
      'Missing i18n key common:noSuchKey',
    );
  });
});
