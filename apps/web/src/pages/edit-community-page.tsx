import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { CommunityForm } from '../modules/communities/components/community-form';
import { CommunityPageQuery } from '../modules/communities/graphql/communities.operations';
import { isOwner } from '../modules/communities/utils/community-type';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { CommunityNotFound } from './community-page';

export function EditCommunityPage() {
  const { t } = useTranslation('communities');
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CommunityPageQuery, { variables: { slug } });
  const community = data?.community ?? null;
  usePageTitle(
    community ? t('editPage.title', { name: community.name }) : t('editPage.fallbackTitle'),
  );
  if (loading && !data) return <FeedLoading label={t('page.loading')} />;
  if (error && !community) return <FeedError error={error} title={t('page.loadError')} />;
  if (!community) return <CommunityNotFound />;
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>{t('editPage.title', { name: community.name })}</h1>
        <p className="page__lead">
          <Link to={`/c/${community.slug}`}>{t('editPage.back')}</Link>
        </p>
      </header>
      {isOwner(community.viewerMembership) ? (
        <CommunityForm community={community} />
      ) : (
        <p className="card">{t('editPage.ownersOnly')}</p>
      )}
    </div>
  );
}
