import { useTranslation } from '@outloud/web-i18n';
import { Spinner } from '@outloud/web-ui';
import { Navigate, Outlet, useSearchParams } from 'react-router-dom';
import { useViewer } from '../../modules/auth/hooks/use-viewer';
import { safeNextPath } from '../../modules/auth/utils/safe-next';
import { Brand } from './brand';
import { SkipLink } from './skip-link';

/** Log-in and sign-up: a calm centred card. Signed-in people go straight on. */
export function PublicLayout() {
  const { t } = useTranslation('shell');
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  if (viewer) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <div className="public">
      <SkipLink />
      <header className="public__header">
        <Brand linked={false} />
      </header>
      <main id="main-content" className="public__main" tabIndex={-1}>
        {loading ? (
          <div className="center-block">
            <Spinner size="lg" />
          </div>
        ) : (
          <Outlet />
        )}
      </main>
      <footer className="public__footer">
        <p>{t('publicFooter')}</p>
      </footer>
    </div>
  );
}
