import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, EmptyState, ShieldIcon, Spinner } from '@outloud/web-ui';
import { useState } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { QueueItem } from '../modules/moderation/components/queue-item';
import { ModerationQueueQuery } from '../modules/moderation/graphql/moderation.operations';

/** The review queue: oldest first, one card per reported or held item. */
export function ModerationPage() {
  const { t } = useTranslation('moderation');
  usePageTitle(t('queue.title'));
  const { data, loading, error, fetchMore } = useQuery(ModerationQueueQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const forbidden =
    !data &&
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN');

  if (loading && !data) {
    return (
      <div className="center-block">
        <Spinner size="lg" label={t('queue.loading')} />
      </div>
    );
  }
  if (forbidden) {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<ShieldIcon size={28} />}
          title={t('queue.moderatorsOnly')}
          description={<p>{t('queue.moderatorsOnlyText')}</p>}
        />
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="page">
        <h1>{t('queue.title')}</h1>
        <Alert tone="error" title={t('queue.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      </div>
    );
  }
  const items = data?.moderationQueue.nodes ?? [];
  const page = data?.moderationQueue.pageInfo;
  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('queue.title')}</h1>
        <p className="muted">{t('queue.intro')}</p>
      </header>
      <p role="status" className="composer__status">
        {status}
      </p>
      {error && data ? (
        <Alert tone="error" title={t('queue.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <EmptyState
          icon={<ShieldIcon size={28} />}
          title={t('queue.emptyTitle')}
          description={<p>{t('queue.emptyText')}</p>}
        />
      ) : (
        <ol className="queue-list">
          {items.map((item) => (
            <li key={item.id}>
              <QueueItem item={item} onDecided={setStatus} />
            </li>
          ))}
        </ol>
      )}
      {page?.hasNextPage ? (
        <div>
          <Button
            variant="secondary"
            busy={loadingMore}
            onClick={() => {
              setLoadingMore(true);
              void fetchMore({ variables: { after: page.endCursor } }).finally(() =>
                setLoadingMore(false),
              );
            }}
          >
            {t('queue.more')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
