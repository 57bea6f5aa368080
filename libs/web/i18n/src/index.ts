import './lib/types';

export { formatters, type Formatters } from './lib/format';
export {
  currentLocale,
  initI18n,
  initialLocale,
  LOCALE_STORAGE_KEY,
  setLocale,
  translate,
  type InitOptions,
} from './lib/i18n';
export {
  browserLanguages,
  DEFAULT_LOCALE,
  formattingLocale,
  isLocale,
  LOCALE_NAMES,
  pickLocale,
  SUPPORTED_LOCALES,
  type Locale,
} from './lib/locale';
export { NAMESPACES, type Namespace } from './lib/resources';
export { useFormat } from './lib/use-format';
export { Trans, useTranslation } from 'react-i18next';
/** A key of one namespace, e.g. `ParseKeys<'shell'>` accepts 'nav.home'. */
export type { ParseKeys, TFunction } from 'i18next';
