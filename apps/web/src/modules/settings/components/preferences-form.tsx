import {
  LOCALE_NAMES,
  SUPPORTED_LOCALES,
  currentLocale,
  setLocale,
  useFormat,
  useTranslation,
  type Locale,
} from '@outloud/web-i18n';
import { useMutation } from '@apollo/client/react';
import { MonitorIcon, MoonIcon, SunIcon } from '@outloud/web-ui';
import { useState, type ReactNode } from 'react';
import { SaveLocaleMutation } from '../graphql/security.operations';
import { THEMES, setTheme, storedTheme, type Theme } from '../utils/theme';

const THEME_ICONS: Record<Theme, ReactNode> = {
  system: <MonitorIcon size={18} />,
  light: <SunIcon size={18} />,
  dark: <MoonIcon size={18} />,
};

/**
 * Language and theme: each applies at once and is remembered on this device; the language is
 * also saved to the profile, so every device the person signs in on speaks it.
 */
export function PreferencesForm() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const [locale, setChosenLocale] = useState<Locale>(currentLocale());
  const [theme, setChosenTheme] = useState<Theme>(storedTheme());
  // What was last changed; worded at render time, so in the language just chosen.
  const [changed, setChanged] = useState<'language' | 'theme' | null>(null);

  const [saveLocale] = useMutation(SaveLocaleMutation);
  const chooseLocale = async (next: Locale) => {
    setChosenLocale(next);
    await setLocale(next);
    setChanged('language');
    // This device already speaks it; a failed save only means other devices do not yet.
    await saveLocale({ variables: { locale: next } }).catch(() => undefined);
  };
  const chooseTheme = (next: Theme) => {
    setChosenTheme(next);
    setTheme(next);
    setChanged('theme');
  };

  return (
    <div className="stack-lg">
      <section aria-labelledby="language-title" className="card stack">
        <h2 id="language-title" className="section-title">
          {t('language.title')}
        </h2>
        <fieldset className="choice-list">
          <legend className="ol-visually-hidden">{t('language.title')}</legend>
          {SUPPORTED_LOCALES.map((option) => (
            <label key={option} className="choice-list__item">
              <input
                type="radio"
                name="language"
                value={option}
                checked={locale === option}
                onChange={() => void chooseLocale(option)}
              />{' '}
              <span lang={option}>{LOCALE_NAMES[option]}</span>
            </label>
          ))}
        </fieldset>
        <p className="muted small">
          {t('language.example', {
            date: format.date(new Date()),
            number: format.number(1234.5),
          })}
        </p>
      </section>
      <section aria-labelledby="theme-title" className="card stack">
        <h2 id="theme-title" className="section-title">
          {t('theme.title')}
        </h2>
        <fieldset className="choice-list">
          <legend className="ol-visually-hidden">{t('theme.title')}</legend>
          {THEMES.map((option) => (
            <label key={option} className="choice-list__item">
              <input
                type="radio"
                name="theme"
                value={option}
                checked={theme === option}
                onChange={() => chooseTheme(option)}
              />{' '}
              {THEME_ICONS[option]} {t(`theme.${option}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted small">{t('theme.hint')}</p>
      </section>
      <p role="status" className="composer__status">
        {changed === 'language' ? t('language.saved', { language: LOCALE_NAMES[locale] }) : null}
        {changed === 'theme' ? t('theme.saved', { theme: t(`theme.${theme}`) }) : null}
      </p>
    </div>
  );
}
