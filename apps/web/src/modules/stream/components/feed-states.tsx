import { Alert, Spinner } from '@outloud/web-ui';
import { toFormErrors } from '../../errors/utils/form-errors';

export function FeedLoading({ label = 'Loading posts…' }: { label?: string }) {
  return (
    <div className="center-block">
      <Spinner size="lg" label={label} />
    </div>
  );
}

export function FeedError({
  error,
  title = 'Could not load posts',
}: {
  error: unknown;
  title?: string;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{toFormErrors(error, []).message}</p>
    </Alert>
  );
}
