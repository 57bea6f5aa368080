import { AdminIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { AdminSections } from '../modules/admin/components/admin-sections';
import { AnalyticsDashboard } from '../modules/analytics/components/analytics-dashboard';

export function AdminPage() {
  const viewer = useCurrentViewer();
  usePageTitle('Admin');
  if (viewer.role !== 'ADMIN') {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<AdminIcon size={28} />}
          title="Admins only"
          description={<p>This area is for Outloud administrators.</p>}
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
