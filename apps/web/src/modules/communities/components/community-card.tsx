import { Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { CommunityCardFragment } from '../../../generated/graphql';
import { PostTime } from '../../stream/components/post-time';
import { CommunityImage } from './community-image';
import { CommunityTypeBadge } from './community-type-badge';

export function memberCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'member' : 'members'}`;
}

export function CommunityCard({ community }: { community: CommunityCardFragment }) {
  const state = community.viewerMembership?.state;
  return (
    <article className="card community-card" aria-labelledby={`community-${community.id}-name`}>
      <CommunityImage name={community.name} src={community.imageUrl} />
      <div className="community-card__body">
        <h2 id={`community-${community.id}-name`} className="community-card__name">
          <Link to={`/c/${community.slug}`}>{community.name}</Link>
        </h2>
        <div className="community-card__badges">
          <CommunityTypeBadge type={community.type} />
          {community.isDormant ? <Badge tone="neutral">Dormant</Badge> : null}
          {state === 'MEMBER' ? <Badge tone="success">Member</Badge> : null}
          {state === 'REQUESTED' ? <Badge tone="info">Requested</Badge> : null}
          {state === 'INVITED' ? <Badge tone="info">Invited</Badge> : null}
        </div>
        {community.description ? (
          <p className="community-card__description">{community.description}</p>
        ) : null}
        <p className="community-card__meta">
          {memberCountLabel(community.memberCount)} · last activity{' '}
          <PostTime iso={community.lastActivityAt} />
        </p>
        {community.tags.length > 0 ? (
          <ul className="post__tags" aria-label="Tags">
            {community.tags.map((tag) => (
              <li key={tag}>
                <Link to={`/communities?tag=${encodeURIComponent(tag)}`} className="ol-chip">
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
