import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, ProgressBar, Spinner } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { SettingsNav } from '../modules/settings/components/settings-nav';
import { ProfileForm } from '../modules/people/components/profile-form';
import { EditableProfileQuery } from '../modules/people/graphql/people.operations';

export function EditProfilePage() {
  const { t } = useTranslation('people');
  usePageTitle(t('edit.title'));
  const { data, loading, error } = useQuery(EditableProfileQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const profile = data?.viewer ?? null;

  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('edit.title')}</h1>
        <p className="page__lead">{t('edit.lead')}</p>
        {profile ? (
          <ProgressBar
            value={profile.profileCompleteness.percent}
            label={t('edit.progress')}
            className="page__progress"
          />
        ) : null}
      </header>
      <SettingsNav />
      {loading && !profile ? <Spinner size="lg" label={t('edit.loading')} /> : null}
      {error && !profile ? (
        <Alert tone="error" title={t('edit.loadError')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {profile ? <ProfileForm key={profile.id} profile={profile} /> : null}
    </div>
  );
}
