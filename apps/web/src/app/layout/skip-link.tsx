import { useTranslation } from '@outloud/web-i18n';

export function SkipLink() {
  const { t } = useTranslation('shell');
  return (
    <a className="skip-link" href="#main-content">
      {t('skipToContent')}
    </a>
  );
}
