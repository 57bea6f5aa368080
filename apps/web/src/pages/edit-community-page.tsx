import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { CommunityForm } from '../modules/communities/components/community-form';
import { CommunityPageQuery } from '../modules/communities/graphql/communities.operations';
import { isOwner } from '../modules/communities/utils/community-type';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { CommunityNotFound } from './community-page';

export function EditCommunityPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CommunityPageQuery, { variables: { slug } });
  const community = data?.community ?? null;
  usePageTitle(community ? `Edit ${community.name}` : 'Edit community');
  if (loading && !data) return <FeedLoading label="Loading community…" />;
  if (error && !community) return <FeedError error={error} title="Could not load this community" />;
  if (!community) return <CommunityNotFound />;
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>Edit {community.name}</h1>
        <p className="page__lead">
          <Link to={`/c/${community.slug}`}>Back to the community</Link>
        </p>
      </header>
      {isOwner(community.viewerMembership) ? (
        <CommunityForm community={community} />
      ) : (
        <p className="card">Only the community’s owners can edit it.</p>
      )}
    </div>
  );
}
