import { useQuery } from '@apollo/client/react';
import { Alert, ProgressBar, Spinner } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { ProfileForm } from '../modules/people/components/profile-form';
import { EditableProfileQuery } from '../modules/people/graphql/people.operations';

export function EditProfilePage() {
  usePageTitle('Edit profile');
  const { data, loading, error } = useQuery(EditableProfileQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const profile = data?.viewer ?? null;

  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>Edit profile</h1>
        <p className="page__lead">
          A complete profile helps colleagues find you and know what to ask you.
        </p>
        {profile ? (
          <ProgressBar
            value={profile.profileCompleteness.percent}
            label="Profile completeness"
            className="page__progress"
          />
        ) : null}
      </header>
      {loading && !profile ? <Spinner size="lg" label="Loading your profile…" /> : null}
      {error && !profile ? (
        <Alert tone="error" title="Could not load your profile">
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {profile ? <ProfileForm key={profile.id} profile={profile} /> : null}
    </div>
  );
}
