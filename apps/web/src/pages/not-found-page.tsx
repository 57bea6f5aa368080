import { EmptyState, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="page">
      <EmptyState
        headingLevel={1}
        title="Page not found"
        description={<p>The page you were looking for does not exist or has moved.</p>}
        action={
          <Link to="/" className={cx('ol-button', 'ol-button--secondary')}>
            Go home
          </Link>
        }
      />
    </div>
  );
}
