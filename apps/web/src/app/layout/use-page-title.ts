import { useTranslation } from '@outloud/web-i18n';
import { useEffect } from 'react';

/** Sets the document title ("Home · Outloud") so tabs, history and screen readers say where you are. */
export function usePageTitle(title: string | null | undefined) {
  const { t } = useTranslation('shell');
  const full = title ? t('pageTitle', { title }) : 'Outloud';
  useEffect(() => {
    document.title = full;
  }, [full]);
}
