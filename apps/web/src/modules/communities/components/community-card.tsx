import { useTranslation } from '@outloud/web-i18n';
import { Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { CommunityCardFragment } from '../../../generated/graphql';
import { PostTime } from '../../stream/components/post-time';
import { CommunityImage } from './community-image';
import { CommunityTypeBadge } from './community-type-badge';

export function CommunityCard({ community }: { community: CommunityCardFragment }) {
  const { t } = useTranslation('communities');
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
          {community.isDormant ? <Badge tone="neutral">{t('card.dormant')}</Badge> : null}
          {state === 'MEMBER' ? <Badge tone="success">{t('card.member')}</Badge> : null}
          {state === 'REQUESTED' ? <Badge tone="info">{t('card.requested')}</Badge> : null}
          {state === 'INVITED' ? <Badge tone="info">{t('card.invited')}</Badge> : null}
        </div>
        {community.description ? (
          <p className="community-card__description">{community.description}</p>
        ) : null}
        <p className="community-card__meta">
          {t('card.meta', { members: community.memberCount })}
          <PostTime iso={community.lastActivityAt} />
        </p>
        {community.tags.length > 0 ? (
          <ul className="post__tags" aria-label={t('card.tags')}>
            {community.tags.map((tag) => (
              <li key={tag}>
                <Link to={`/communities?tag=${encodeURIComponent(tag)}`} className="ol-chip">
                  {t('card.tag', { tag })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
