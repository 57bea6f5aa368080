import { Trans, useTranslation } from '@outloud/web-i18n';
import { Avatar, Badge, cx } from '@outloud/web-ui';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { PostCardFragment } from '../../../generated/graphql';
import { LikeButton } from './like-button';
import { useInternalLinks } from '../hooks/use-internal-links';
import { PostTime } from './post-time';
import { BookmarkButton } from '../../bookmarks/components/bookmark-button';
import { ModerationBanner } from '../../moderation/components/moderation-banner';
import { ReportButton } from '../../moderation/components/report-button';

export interface PostCardProps {
  post: PostCardFragment;
  /** Why the post is in the feed ("mentioned you", "in #vpn"). */
  reasons?: readonly { kind: string; label: string }[];
  /** The post page shows the full post as the page's heading context. */
  headingLevel?: 2 | 3;
  /** Links to the post page; off on the post page itself. */
  linkToPost?: boolean;
  /** More buttons in the footer (Edit, Delete on the post page). */
  actions?: ReactNode;
  /** Replaces the text, e.g. with an editor. */
  bodySlot?: ReactNode;
  children?: ReactNode;
}

export function PostStatusBadge({
  post,
}: {
  post: Pick<PostCardFragment, 'isQuestion' | 'isAnswered'>;
}) {
  const { t } = useTranslation('stream');
  if (!post.isQuestion) return null;
  return post.isAnswered ? (
    <Badge tone="success">{t('post.answered')}</Badge>
  ) : (
    <Badge tone="info">{t('post.question')}</Badge>
  );
}

/** Tags the text already links inline (the server renders `#tag` with `data-tag`). */
export function inlineTags(bodyHtml: string): Set<string> {
  return new Set([...bodyHtml.matchAll(/data-tag="([^"]*)"/g)].map((m) => m[1].toLowerCase()));
}

/** Beyond this much text, or this many blocks, a post in a list starts folded. */
const LONG_TEXT_CHARS = 600;
const LONG_TEXT_BLOCKS = 8;

/** Whether a post in a list is long enough to fold behind "Show more". */
export function isLongPost(bodyHtml: string): boolean {
  const blocks = bodyHtml.match(/<(p|li|h[1-6]|pre|blockquote|br|tr)\b/g)?.length ?? 0;
  const text = bodyHtml.replace(/<[^>]*>/g, '');
  return text.length > LONG_TEXT_CHARS || blocks > LONG_TEXT_BLOCKS;
}

export function PostCard({
  post,
  reasons,
  headingLevel = 2,
  linkToPost = true,
  actions,
  bodySlot,
  children,
}: PostCardProps) {
  const { t } = useTranslation('stream');
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const onBodyClick = useInternalLinks();
  const headingId = `post-${post.id}-author`;
  const replyLabel = t('post.replies', { count: post.replyCount });
  // Lists fold long posts; the post page shows them whole.
  const foldable = linkToPost && isLongPost(post.bodyHtml);
  const [expanded, setExpanded] = useState(false);
  const bodyId = `post-${post.id}-body`;
  const inline = inlineTags(post.bodyHtml);
  const chipTags = post.tags.filter((tag) => !inline.has(tag.toLowerCase()));
  const formerColleagues = post.isDeleted
    ? []
    : post.mentions.filter((person) => person.isFormerColleague);
  return (
    <article className="card post" aria-labelledby={headingId}>
      {reasons && reasons.length > 0 ? (
        <p className="post__reasons">
          <span className="ol-visually-hidden">{t('post.inFeedBecause')}</span>
          {reasons.map((reason) => reason.label).join(' · ')}
        </p>
      ) : null}
      <header className="post__header">
        <Avatar
          name={post.author.displayName}
          src={post.author.avatarUrl}
          size="md"
          labelled={false}
        />
        <div className="post__meta">
          <Heading id={headingId} className="post__author">
            <Link to={`/people/${post.author.handle}`}>{post.author.displayName}</Link>
            {post.author.isFormerColleague ? (
              <span className="post__former-note"> {t('post.formerColleague')}</span>
            ) : null}
            {post.board && post.board.id !== post.author.id ? (
              <span className="post__board">
                <Trans
                  t={t}
                  i18nKey="post.onBoard"
                  values={{ name: post.board.displayName }}
                  components={{ a: <Link to={`/people/${post.board.handle}`} /> }}
                />
              </span>
            ) : null}
            {post.community ? (
              <span className="post__board">
                <Trans
                  t={t}
                  i18nKey="post.inCommunity"
                  values={{ name: post.community.name }}
                  components={{ a: <Link to={`/c/${post.community.slug}`} /> }}
                />
              </span>
            ) : null}
          </Heading>
          <p className="post__sub">
            {linkToPost ? (
              <Link to={`/posts/${post.id}`} className="post__time">
                <PostTime iso={post.createdAt} />
              </Link>
            ) : (
              <PostTime iso={post.createdAt} />
            )}
            {post.editedAt ? <span>{t('post.edited')}</span> : null}
            <span>{t('post.audience', { audience: post.audienceLabel })}</span>
          </p>
        </div>
        <div className="post__badges">
          <PostStatusBadge post={post} />
        </div>
      </header>
      <ModerationBanner moderation={post.moderation} authorId={post.author.id} />
      {post.isDeleted ? (
        <p className="muted">{t('post.deleted')}</p>
      ) : bodySlot ? (
        bodySlot
      ) : (
        // Delegates clicks on links in the HTML; the links keep their own keyboard behaviour.
        <div
          id={bodyId}
          className={cx('post__body prose', foldable && !expanded && 'post__body--folded')}
          onClick={onBodyClick}
          dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
        />
      )}
      {foldable && !post.isDeleted && !bodySlot ? (
        <button
          type="button"
          className="post__fold"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? t('post.showLess') : t('post.showMore')}
        </button>
      ) : null}
      {formerColleagues.length > 0 ? (
        <p className="post__former">
          {t('post.mentions')}
          {formerColleagues.map((person, index) => (
            <span key={person.id}>
              {index > 0 ? ', ' : null}
              <Link to={`/people/${person.handle}`}>{person.displayName}</Link>{' '}
              <span className="post__former-note">{t('post.formerColleague')}</span>
            </span>
          ))}
        </p>
      ) : null}
      {chipTags.length > 0 && !post.isDeleted ? (
        <ul className="post__tags" aria-label={t('post.tags')}>
          {chipTags.map((tag) => (
            <li key={tag}>
              <Link to={`/tags/${encodeURIComponent(tag)}`} className="ol-chip">
                {t('post.tag', { tag })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="post__footer">
        <LikeButton postId={post.id} liked={post.viewerHasLiked} count={post.likeCount} />
        {linkToPost ? (
          <Link to={`/posts/${post.id}`} className="post-action">
            {replyLabel}
            {post.isQuestion && !post.isAnswered ? t('post.answerCta') : ''}
          </Link>
        ) : (
          <span className="post-action post-action--static">{replyLabel}</span>
        )}
        {post.isDeleted ? null : (
          <BookmarkButton
            postId={post.id}
            bookmarked={post.viewerHasBookmarked}
            describedBy={headingId}
          />
        )}
        {post.isDeleted ? null : (
          <ReportButton
            targetType="POST"
            targetId={post.id}
            authorId={post.author.id}
            describedBy={headingId}
          />
        )}
        {actions}
      </footer>
      {children}
    </article>
  );
}
