import { useTranslation } from '@outloud/web-i18n';
import { EmptyState, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  usePageTitle(t('notFound.title'));
  return (
    <div className="page">
      <EmptyState
        headingLevel={1}
        title={t('notFound.title')}
        description={<p>{t('notFound.body')}</p>}
        action={
          <Link to="/" className={cx('ol-button', 'ol-button--secondary')}>
            {t('notFound.home')}
          </Link>
        }
      />
    </div>
  );
}
