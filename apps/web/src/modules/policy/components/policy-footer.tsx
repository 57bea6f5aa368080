import { useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import './policy.css';

/** The content policy, one click away on every page. */
export function PolicyFooter() {
  const { t } = useTranslation('moderation');
  return (
    <footer className="content-footer">
      <Link to="/policy">{t('policy.footerLink')}</Link>
    </footer>
  );
}
