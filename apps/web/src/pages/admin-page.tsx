import { useTranslation } from '@outloud/web-i18n';
import { AdminIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { AdminSections } from '../modules/admin/components/admin-sections';
import { AnalyticsDashboard } from '../modules/analytics/components/analytics-dashboard';

export function AdminPage() {
  const { t } = useTranslation('shell');
  const viewer = useCurrentViewer();
  usePageTitle(t('adminPage.title'));
  if (viewer.role !== 'ADMIN') {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<AdminIcon size={28} />}
          title={t('adminPage.only')}
          description={<p>{t('adminPage.onlyBody')}</p>}
        />
      </div>
    );
  }
  return (
    <>
      <AdminSections />
      <AnalyticsDashboard />
    </>
  );
}
