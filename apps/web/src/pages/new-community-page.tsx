import { usePageTitle } from '../app/layout/use-page-title';
import { CommunityForm } from '../modules/communities/components/community-form';

export function NewCommunityPage() {
  usePageTitle('Create a community');
  return (
    <div className="page page--narrow stack-lg">
      <header className="page__header">
        <h1>Create a community</h1>
        <p className="page__lead">
          A place for a team, a topic or a project. You will be its first owner.
        </p>
      </header>
      <CommunityForm />
    </div>
  );
}
