import i18next, { type i18n as I18n, type ParseKeys } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import {
  browserLanguages,
  DEFAULT_LOCALE,
  isLocale,
  pickLocale,
  SUPPORTED_LOCALES,
  type Locale,
} from './locale';
import { NAMESPACES, resources } from './resources';

/** Where the last chosen language is kept, so the log-in page speaks it too. */
export const LOCALE_STORAGE_KEY = 'outloud.locale';

export interface InitOptions {
  /** Throw on a missing key or a message that does not parse (tests). */
  strict?: boolean;
}

/**
 * Starts the one i18next instance (react-i18next finds it through `initReactI18next`), synchronously:
 * every catalogue is bundled, so the first render already speaks the right language.
 */
export function initI18n(locale: Locale = initialLocale(), options: InitOptions = {}): I18n {
  if (i18next.isInitialized) {
    if (i18next.language !== locale) void i18next.changeLanguage(locale);
    return i18next;
  }
  const strict = options.strict ?? false;
  void i18next
    .use(
      new ICU({
        parseErrorHandler: (error, key, message) => {
          if (strict) throw new Error(`Message ${key} does not parse: ${error.message}`);
          return message;
        },
      }),
    )
    .use(initReactI18next)
    .init({
      resources,
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      ns: NAMESPACES,
      defaultNS: 'common',
      initAsync: false,
      // React escapes; ICU handles plurals and selects.
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: strict,
      missingKeyHandler: strict
        ? (_lngs, ns, key) => {
            throw new Error(`Missing i18n key ${ns}:${key}`);
          }
        : undefined,
      react: { useSuspense: false },
    });
  setDocumentLanguage(locale);
  i18next.on('languageChanged', (lng) => setDocumentLanguage(lng));
  return i18next;
}

/** The stored choice, else the browser's preferred languages, else English. */
export function initialLocale(): Locale {
  const stored = readStoredLocale();
  return stored ?? pickLocale(browserLanguages());
}

/** Switches the interface language now and remembers it on this device. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the profile still remembers it.
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function setDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/**
 * The catalogue outside React (error mapping in plain functions), in the language shown now.
 * Components use `useTranslation`, which also re-renders on a language change.
 */
export function translate(key: ParseKeys<'common'>, values?: Record<string, unknown>): string {
  return String(i18next.t(key, values as never));
}
