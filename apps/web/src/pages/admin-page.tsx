import { AdminIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { ComingSoonPage } from './coming-soon-page';

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
    <ComingSoonPage
      title="Admin"
      lead="Adoption, moderation and instance settings."
      icon={<AdminIcon size={28} />}
      description="Admin tools such as people management, moderation and adoption metrics are being built."
    />
  );
}
