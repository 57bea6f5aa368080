import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner } from '@outloud/web-ui';
import { Navigate, useLocation } from 'react-router-dom';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { ViewerContext } from '../modules/auth/hooks/viewer-context';
import { NotificationsLiveSync } from '../modules/notifications/components/notifications-live-sync';
import { RealtimeProvider } from '../modules/realtime/components/realtime-provider';
import { useProfileLocale } from '../modules/settings/hooks/use-profile-locale';
import { AppLayout } from './layout/app-layout';

/** Everything except /login and /signup needs a session; without one, go to /login and come back. */
export function RequireAuth() {
  const { t } = useTranslation('shell');
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  useProfileLocale(viewer?.locale);

  if (loading) {
    return (
      <div className="center-screen">
        <Spinner size="lg" label={t('loadingApp')} />
      </div>
    );
  }
  if (!viewer && error) {
    return (
      <main id="main-content" className="center-screen">
        <div className="stack narrow">
          <Alert tone="error" title={t('unreachable.title')}>
            <p>{t('unreachable.body')}</p>
          </Alert>
          <Button onClick={() => void refetch()}>{t('unreachable.retry')}</Button>
        </div>
      </main>
    );
  }
  if (!viewer) {
    const here = location.pathname + location.search;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return (
    <ViewerContext value={viewer}>
      {/* One live connection per signed-in person (a new one when the person changes). */}
      <RealtimeProvider key={viewer.id}>
        <NotificationsLiveSync />
        <AppLayout viewer={viewer} />
      </RealtimeProvider>
    </ViewerContext>
  );
}
