import { useTranslation } from '@outloud/web-i18n';
import { usePageTitle } from '../app/layout/use-page-title';
import { AdminOnly } from '../modules/admin/components/admin-only';
import { ScimTokensPanel } from '../modules/tokens/components/scim-tokens-panel';

/** Admins: the bearer tokens the HR directory provisions people with (SCIM). */
export function AdminScimPage() {
  const { t } = useTranslation('tokens');
  usePageTitle(t('scim.title'));
  return (
    <AdminOnly>
      <div className="page stack-lg">
        <header className="stack-sm">
          <h1>{t('scim.title')}</h1>
          <p className="muted">{t('scim.intro')}</p>
        </header>
        <ScimTokensPanel />
      </div>
    </AdminOnly>
  );
}
