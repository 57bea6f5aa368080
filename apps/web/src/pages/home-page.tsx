import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { ProfileNudge } from '../modules/home/components/profile-nudge';

export function HomePage() {
  usePageTitle('Home');
  const viewer = useCurrentViewer();
  const firstName = viewer.displayName.trim().split(/\s+/)[0] || viewer.handle;
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>Welcome, {firstName}</h1>
        <p className="page__lead">
          Outloud is where you ask questions in the open and share what you know.
        </p>
      </header>
      <ProfileNudge
        percent={viewer.profileCompleteness.percent}
        missing={viewer.profileCompleteness.missing}
      />
      <EmptyState
        icon={<ChatIcon size={28} />}
        title="Your feed is coming soon"
        description={
          <p>
            Posts and questions from the people and communities you follow will appear here. Posting
            is not available yet.
          </p>
        }
      />
    </div>
  );
}
