import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { ChangePasswordForm } from '../modules/settings/components/change-password-form';
import { SessionsList } from '../modules/settings/components/sessions-list';
import { SettingsNav } from '../modules/settings/components/settings-nav';

export function SecurityPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('security.title'));
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('security.title')}</h1>
        <p className="page__lead">{t('security.lead')}</p>
      </header>
      <SettingsNav />
      <ChangePasswordForm />
      <SessionsList />
    </div>
  );
}
