import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button, ChatIcon, EmptyState, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import type { QuestionStatus } from '../generated/graphql';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { QuestionsQuery } from '../modules/stream/graphql/stream.operations';

const STATUSES: readonly QuestionStatus[] = ['ALL', 'OPEN', 'UNANSWERED', 'ANSWERED', 'ACCEPTED'];

function statusOf(value: string | null): QuestionStatus {
  return STATUSES.find((status) => status === value) ?? 'ALL';
}

export function QuestionsPage() {
  const { t } = useTranslation('stream');
  usePageTitle(t('questions.title'));
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const tag = params.get('tag')?.trim() || null;
  const [tagDraft, setTagDraft] = useState(tag ?? '');
  const { data, loading, error, fetchMore } = useQuery(QuestionsQuery, {
    variables: { status, tag },
    notifyOnNetworkStatusChange: true,
  });
  const feed = data?.questions;

  const update = (next: { status?: QuestionStatus; tag?: string | null }) => {
    const merged = new URLSearchParams(params);
    const nextStatus = next.status ?? status;
    const nextTag = next.tag === undefined ? tag : next.tag;
    if (nextStatus === 'ALL') merged.delete('status');
    else merged.set('status', nextStatus);
    if (nextTag) merged.set('tag', nextTag.replace(/^#/, ''));
    else merged.delete('tag');
    setParams(merged, { replace: true });
  };

  const onTagSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({ tag: tagDraft.trim() || null });
  };

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('questions.title')}</h1>
        <p className="page__lead">{t('questions.lead')}</p>
      </header>
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">{t('questions.status')}</legend>
          {STATUSES.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="question-status"
                value={option}
                checked={status === option}
                onChange={() => update({ status: option })}
              />
              <span>{t(`questions.statuses.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <form
          className="filters__tag"
          onSubmit={onTagSubmit}
          role="search"
          aria-label={t('questions.tagFilter')}
        >
          <TextField
            label={t('questions.tag')}
            value={tagDraft}
            placeholder={t('questions.tagPlaceholder')}
            onChange={(event) => setTagDraft(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('questions.filter')}
          </Button>
          {tag ? (
            <Button
              variant="ghost"
              onClick={() => {
                setTagDraft('');
                update({ tag: null });
              }}
            >
              {t('questions.clearTag')}
            </Button>
          ) : null}
        </form>
      </div>
      {loading && !data ? (
        <FeedLoading label={t('questions.loading')} />
      ) : error && !feed ? (
        <FeedError error={error} title={t('questions.error')} />
      ) : (
        <PostList
          label={t('questions.title')}
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title={t('questions.emptyTitle')}
              description={<p>{t('questions.emptyBody')}</p>}
            />
          }
        />
      )}
    </div>
  );
}
