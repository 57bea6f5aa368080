/** The interface languages we ship a complete catalogue for. English is the fallback. */
export const SUPPORTED_LOCALES = ['en', 'sv'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the language picker. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', sv: 'Svenska' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we have a catalogue for ("sv-SE" → "sv"). */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/**
 * The locale dates and numbers are formatted in: the browser's own tag when it is a variant of the
 * interface language (en-GB writes "3 March", en-US "March 3"), else the interface language itself.
 */
export function formattingLocale(locale: Locale, preferred: readonly string[] | undefined): string {
  for (const tag of preferred ?? []) {
    if (tag.toLowerCase().split('-')[0] !== locale) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? locale;
    } catch {
      return locale;
    }
  }
  return locale;
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
