import { currentLocale, isLocale, setLocale, type Locale } from '@outloud/web-i18n';
import { useEffect } from 'react';

/** The interface language a profile asks for ("sv-SE" → "sv"), or null: the browser decides. */
export function profileLocale(tag: string | null | undefined): Locale | null {
  const base = tag?.toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}

/**
 * Speaks the language saved in the person's profile on every device they sign in on; without
 * one, the choice stored on this device (or the browser's languages, on a first visit) stays.
 */
export function useProfileLocale(tag: string | null | undefined): void {
  const wanted = profileLocale(tag);
  useEffect(() => {
    if (wanted && wanted !== currentLocale()) void setLocale(wanted);
  }, [wanted]);
}
