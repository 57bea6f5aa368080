import { useTranslation } from '@outloud/web-i18n';
import { Alert, Spinner } from '@outloud/web-ui';
import { toFormErrors } from '../../errors/utils/form-errors';

export function FeedLoading({ label }: { label?: string }) {
  const { t } = useTranslation('stream');
  return (
    <div className="center-block">
      <Spinner size="lg" label={label ?? t('feed.loading')} />
    </div>
  );
}

export function FeedError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation('stream');
  return (
    <Alert tone="error" title={title ?? t('feed.error')}>
      <p>{toFormErrors(error, []).message}</p>
    </Alert>
  );
}
