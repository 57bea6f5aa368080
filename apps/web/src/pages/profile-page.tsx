import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, EmptyState, Spinner, UserIcon } from '@outloud/web-ui';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { ModerationBanner } from '../modules/moderation/components/moderation-banner';
import { ReportButton } from '../modules/moderation/components/report-button';
import { ProfileCard } from '../modules/people/components/profile-card';
import { PersonBoard } from '../modules/stream/components/person-board';
import { UserProfileQuery } from '../modules/people/graphql/people.operations';

export function ProfilePage() {
  const { t } = useTranslation('people');
  const { handle = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error } = useQuery(UserProfileQuery, { variables: { handle } });
  const user = data?.user ?? null;
  usePageTitle(user ? user.displayName : loading ? t('page.title') : t('page.notFound'));

  if (loading && !data) {
    return (
      <div className="page center-block">
        <Spinner size="lg" label={t('page.loading')} />
      </div>
    );
  }
  if (error && !user) {
    return (
      <div className="page">
        <h1 className="ol-visually-hidden">{t('page.title')}</h1>
        <Alert tone="error" title={t('page.loadError')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      </div>
    );
  }
  if (!user) {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<UserIcon size={28} />}
          title={t('page.notFound')}
          description={<p>{t('page.notFoundBody', { handle })}</p>}
        />
      </div>
    );
  }
  return (
    <div className="page stack-lg">
      <ModerationBanner moderation={user.moderation} authorId={user.id} />
      <ProfileCard profile={user} isSelf={user.id === viewer.id} />
      <p>
        <ReportButton
          targetType="PROFILE"
          targetId={user.id}
          authorId={user.id}
          describedBy="profile-name"
        />
      </p>
      <PersonBoard
        handle={user.handle}
        displayName={user.displayName}
        isSelf={user.id === viewer.id}
      />
    </div>
  );
}
