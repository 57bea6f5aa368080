import { SearchIcon } from '@outloud/web-ui';
import { ComingSoonPage } from './coming-soon-page';

export function SearchPage() {
  return (
    <ComingSoonPage
      title="Search"
      lead="Find past answers, people and files."
      icon={<SearchIcon size={28} />}
      description="Search across posts, answers, people and files is being built."
    />
  );
}
