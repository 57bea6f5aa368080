import { useTranslation } from '@outloud/web-i18n';
import { AdminIcon, EmptyState } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import { useCurrentViewer } from '../../auth/hooks/viewer-context';
import { AdminSections } from './admin-sections';

/** Admin pages: the sections' links and the page for admins; a plain explanation for others. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('admin');
  const viewer = useCurrentViewer();
  if (viewer.role !== 'ADMIN') {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<AdminIcon size={28} />}
          title={t('only.title')}
          description={<p>{t('only.text')}</p>}
        />
      </div>
    );
  }
  return (
    <>
      <AdminSections />
      {children}
    </>
  );
}
