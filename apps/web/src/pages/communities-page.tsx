import { CommunitiesIcon } from '@outloud/web-ui';
import { ComingSoonPage } from './coming-soon-page';

export function CommunitiesPage() {
  return (
    <ComingSoonPage
      title="Communities"
      lead="Groups of people and posts around a team, a topic or a project."
      icon={<CommunitiesIcon size={28} />}
      description="You will be able to browse, join and create open, moderated and restricted communities here."
    />
  );
}
