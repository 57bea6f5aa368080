import { useTranslation } from '@outloud/web-i18n';
import { EmptyState } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';

export interface ComingSoonPageProps {
  title: string;
  lead: string;
  icon: ReactNode;
  description: string;
}

/** A page whose feature is not built yet: says so plainly instead of showing controls that do nothing. */
export function ComingSoonPage({ title, lead, icon, description }: ComingSoonPageProps) {
  const { t } = useTranslation('shell');
  usePageTitle(title);
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{title}</h1>
        <p className="page__lead">{lead}</p>
      </header>
      <EmptyState icon={icon} title={t('comingSoon')} description={<p>{description}</p>} />
    </div>
  );
}
