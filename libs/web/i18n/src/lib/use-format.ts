import { useTranslation } from 'react-i18next';
import { formatters, type Formatters } from './format';
import { browserLanguages, DEFAULT_LOCALE, formattingLocale, isLocale } from './locale';

/** Formatters in the interface language (re-renders when it changes). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  return formatters(formattingLocale(locale, browserLanguages()));
}
