import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert, Badge, Button, ChatIcon, CommunitiesIcon, EmptyState, cx } from '@outloud/web-ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { CommunityImage } from '../modules/communities/components/community-image';
import { CommunityTypeBadge } from '../modules/communities/components/community-type-badge';
import { InviteForm } from '../modules/communities/components/invite-form';
import { JoinRequestsPanel, MembersPanel } from '../modules/communities/components/members-panel';
import {
  CommunityPageQuery,
  JoinCommunityMutation,
  LeaveCommunityMutation,
  PinPostMutation,
  UnpinPostMutation,
} from '../modules/communities/graphql/communities.operations';
import {
  communityTypeInfo,
  isMember,
  isOwner,
  membershipActions,
  type MembershipAction,
} from '../modules/communities/utils/community-type';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { Composer } from '../modules/stream/components/composer';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostCard } from '../modules/stream/components/post-card';
import { PostTime } from '../modules/stream/components/post-time';

const REFETCH = {
  refetchQueries: ['CommunityPage', 'Communities', 'MyCommunities', 'HomeFeed'],
  awaitRefetchQueries: true,
};

export function CommunityNotFound() {
  const { t } = useTranslation('communities');
  return (
    <div className="page">
      <EmptyState
        headingLevel={1}
        icon={<CommunitiesIcon size={28} />}
        title={t('page.notFound')}
        description={<p>{t('page.notFoundBody')}</p>}
        action={
          <Link to="/communities" className={cx('ol-button', 'ol-button--secondary')}>
            {t('page.browse')}
          </Link>
        }
      />
    </div>
  );
}

export function CommunityPage() {
  const { t } = useTranslation('communities');
  const { slug = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error, fetchMore } = useQuery(CommunityPageQuery, {
    variables: { slug },
    notifyOnNetworkStatusChange: true,
  });
  const community = data?.community ?? null;
  usePageTitle(community ? community.name : loading ? t('page.title') : t('page.notFound'));
  const [join, joinState] = useMutation(JoinCommunityMutation, REFETCH);
  const [leave, leaveState] = useMutation(LeaveCommunityMutation, REFETCH);
  const [pin] = useMutation(PinPostMutation, { refetchQueries: ['CommunityPage'] });
  const [unpin] = useMutation(UnpinPostMutation, { refetchQueries: ['CommunityPage'] });
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  if (loading && !data) return <FeedLoading label={t('page.loading')} />;
  if (error && !community) {
    return (
      <div className="page">
        <h1 className="ol-visually-hidden">{t('page.title')}</h1>
        <FeedError error={error} title={t('page.loadError')} />
      </div>
    );
  }
  if (!community) return <CommunityNotFound />;

  const membership = community.viewerMembership;
  const owner = isOwner(membership);
  const member = isMember(membership);
  const typeInfo = communityTypeInfo(community.type);
  const { note, actions } = membershipActions(community.type, membership);
  const pinnedIds = new Set(community.pinnedPosts.nodes.map((post) => post.id));
  const posts = community.posts.nodes.filter((post) => !pinnedIds.has(post.id));

  const act = async (action: MembershipAction) => {
    setProblem(null);
    try {
      if (action.kind === 'join' || action.kind === 'request' || action.kind === 'accept') {
        await join({ variables: { id: community.id } });
        setStatus(
          action.kind === 'request'
            ? t('membership.requestSent')
            : t('membership.joined', { name: community.name }),
        );
      } else {
        await leave({ variables: { id: community.id } });
        setStatus(
          action.kind === 'withdraw'
            ? t('membership.withdrawn')
            : action.kind === 'decline'
              ? t('membership.declined')
              : t('membership.left', { name: community.name }),
        );
      }
    } catch (failure) {
      setProblem(toFormErrors(failure, []).message);
    }
  };

  const togglePin = async (postId: string, pinned: boolean) => {
    setProblem(null);
    try {
      if (pinned) await unpin({ variables: { id: postId } });
      else await pin({ variables: { id: postId } });
      setStatus(pinned ? t('page.unpinned') : t('page.pinned'));
    } catch (failure) {
      setProblem(toFormErrors(failure, []).message);
    }
  };

  const pinButton = (postId: string, pinned: boolean) =>
    owner ? (
      <Button variant="ghost" size="sm" onClick={() => void togglePin(postId, pinned)}>
        {pinned ? t('page.unpin') : t('page.pin')}
      </Button>
    ) : null;

  return (
    <div className="page stack-lg">
      <header className="card community-header">
        <CommunityImage name={community.name} src={community.imageUrl} size="lg" />
        <div className="community-header__body stack-sm">
          <h1 className="community-header__name">{community.name}</h1>
          <div className="community-card__badges">
            <CommunityTypeBadge type={community.type} />
            {community.isDormant ? <Badge tone="neutral">{t('card.dormant')}</Badge> : null}
          </div>
          <p className="community-header__type">
            <Trans
              t={t}
              i18nKey="type.explained"
              values={{ label: t(typeInfo.label), description: t(typeInfo.description) }}
              components={{ strong: <strong /> }}
            />
          </p>
          {community.description ? (
            <p className="community-header__description">{community.description}</p>
          ) : null}
          <p className="muted small">
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
        <div className="community-header__actions stack-sm">
          {note ? <p className="small muted">{t(note)}</p> : null}
          {actions.map((action) => (
            <Button
              key={action.kind}
              variant={
                action.kind === 'leave' || action.kind === 'withdraw' || action.kind === 'decline'
                  ? 'secondary'
                  : 'primary'
              }
              busy={joinState.loading || leaveState.loading}
              onClick={() => void act(action)}
            >
              {t(action.label)}
            </Button>
          ))}
          {owner ? (
            <Link
              to={`/c/${community.slug}/edit`}
              className={cx('ol-button', 'ol-button--secondary')}
            >
              {t('page.edit')}
            </Link>
          ) : null}
        </div>
      </header>
      {problem ? (
        <Alert tone="error" title={t('page.actionError')}>
          <p>{problem}</p>
        </Alert>
      ) : null}
      <p role="status" className="ol-visually-hidden">
        {status}
      </p>
      <div className="home-grid">
        <div className="stack-lg">
          {member ? (
            <Composer
              label={t('page.composer', { name: community.name })}
              communityPicker
              community={{
                id: community.id,
                name: community.name,
                type: community.type,
                memberCount: community.memberCount,
              }}
            />
          ) : (
            <p className="card muted">
              {community.type === 'RESTRICTED' ? t('page.onlyMembers') : t('page.joinToPost')}
            </p>
          )}
          {community.pinnedPosts.nodes.length > 0 ? (
            <section aria-labelledby="community-pinned" className="stack">
              <h2 id="community-pinned" className="section-title">
                {t('page.pinnedTitle')}
              </h2>
              <ul className="post-list">
                {community.pinnedPosts.nodes.map((post) => (
                  <li key={post.id}>
                    <PostCard post={post} actions={pinButton(post.id, true)} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="community-board" className="stack">
            <h2 id="community-board" className="section-title">
              {t('page.board')}
            </h2>
            {posts.length === 0 && community.pinnedPosts.nodes.length === 0 ? (
              <EmptyState
                headingLevel={3}
                icon={<ChatIcon size={28} />}
                title={t('page.emptyTitle')}
                description={<p>{member ? t('page.emptyMember') : t('page.emptyVisitor')}</p>}
              />
            ) : (
              <ul className="post-list">
                {posts.map((post) => (
                  <li key={post.id}>
                    <PostCard post={post} actions={pinButton(post.id, false)} />
                  </li>
                ))}
              </ul>
            )}
            {community.posts.pageInfo.hasNextPage ? (
              <div className="post-list__more">
                <Button
                  variant="secondary"
                  busy={loading}
                  onClick={() =>
                    void fetchMore({ variables: { after: community.posts.pageInfo.endCursor } })
                  }
                >
                  {t('page.loadMore')}
                </Button>
              </div>
            ) : null}
          </section>
        </div>
        <div className="stack-lg">
          <section className="card stack-sm" aria-labelledby="community-unanswered">
            <h2 id="community-unanswered" className="card__title">
              {t('page.unanswered')}
            </h2>
            {community.unansweredQuestions.nodes.length === 0 ? (
              <p className="muted small">{t('page.noneUnanswered')}</p>
            ) : (
              <ul className="unanswered-list">
                {community.unansweredQuestions.nodes.map((question) => (
                  <li key={question.id}>
                    <Link to={`/posts/${question.id}`}>
                      {question.body.length > 90 ? `${question.body.slice(0, 90)}…` : question.body}
                    </Link>
                    <span className="muted small">
                      {t('page.questionBy', { name: question.author.displayName })}
                      <PostTime iso={question.createdAt} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {owner && community.joinRequests ? (
            <JoinRequestsPanel communityId={community.id} requests={community.joinRequests.nodes} />
          ) : null}
          {owner ? (
            <section className="card stack-sm" aria-labelledby="community-invite">
              <h2 id="community-invite" className="card__title">
                {t('page.invite')}
              </h2>
              <InviteForm communityId={community.id} />
            </section>
          ) : null}
          <MembersPanel
            communityId={community.id}
            communityName={community.name}
            members={community.members.nodes}
            hasMore={community.members.pageInfo.hasNextPage}
            viewerId={viewer.id}
            canManage={owner}
          />
        </div>
      </div>
    </div>
  );
}
