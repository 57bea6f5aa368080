import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { SettingsNav } from '../modules/settings/components/settings-nav';
import { ApiTokensPanel } from '../modules/tokens/components/api-tokens-panel';

/** Settings: personal API tokens for scripts. */
export function ApiTokensPage() {
  const { t } = useTranslation('tokens');
  usePageTitle(t('api.title'));
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('api.title')}</h1>
        <p className="page__lead">{t('api.lead')}</p>
      </header>
      <SettingsNav />
      <ApiTokensPanel />
    </div>
  );
}
