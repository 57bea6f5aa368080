import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { PreferencesForm } from '../modules/settings/components/preferences-form';
import { SettingsNav } from '../modules/settings/components/settings-nav';

export function PreferencesPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('preferences.title'));
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('preferences.title')}</h1>
        <p className="page__lead">{t('preferences.lead')}</p>
      </header>
      <SettingsNav />
      <PreferencesForm />
    </div>
  );
}
