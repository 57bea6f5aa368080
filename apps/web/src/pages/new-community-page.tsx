import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { CommunityForm } from '../modules/communities/components/community-form';

export function NewCommunityPage() {
  const { t } = useTranslation('communities');
  usePageTitle(t('new.title'));
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('new.title')}</h1>
        <p className="page__lead">{t('new.lead')}</p>
      </header>
      <CommunityForm />
    </div>
  );
}
