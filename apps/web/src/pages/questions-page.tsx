import { useQuery } from '@apollo/client/react';
import { Button, ChatIcon, EmptyState, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import type { QuestionStatus } from '../generated/graphql';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { QuestionsQuery } from '../modules/stream/graphql/stream.operations';

const STATUSES: readonly { value: QuestionStatus; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'OPEN', label: 'Open' },
  { value: 'UNANSWERED', label: 'Unanswered' },
  { value: 'ANSWERED', label: 'Answered' },
  { value: 'ACCEPTED', label: 'Accepted' },
];

function statusOf(value: string | null): QuestionStatus {
  return STATUSES.find((status) => status.value === value)?.value ?? 'ALL';
}

export function QuestionsPage() {
  usePageTitle('Questions');
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
        <h1>Questions</h1>
        <p className="page__lead">Open questions first. Know the answer? Reply and help out.</p>
      </header>
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">Status</legend>
          {STATUSES.map((option) => (
            <label key={option.value} className="segmented__option">
              <input
                type="radio"
                name="question-status"
                value={option.value}
                checked={status === option.value}
                onChange={() => update({ status: option.value })}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <form className="filters__tag" onSubmit={onTagSubmit} role="search" aria-label="Tag filter">
          <TextField
            label="Tag"
            value={tagDraft}
            placeholder="e.g. vpn"
            onChange={(event) => setTagDraft(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {tag ? (
            <Button
              variant="ghost"
              onClick={() => {
                setTagDraft('');
                update({ tag: null });
              }}
            >
              Clear tag
            </Button>
          ) : null}
        </form>
      </div>
      {loading && !data ? (
        <FeedLoading label="Loading questions…" />
      ) : error && !feed ? (
        <FeedError error={error} title="Could not load questions" />
      ) : (
        <PostList
          label="Questions"
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title="No questions match"
              description={<p>Try another status or tag, or ask one yourself from Home.</p>}
            />
          }
        />
      )}
    </div>
  );
}
