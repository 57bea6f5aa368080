import { FilesIcon } from '@outloud/web-ui';
import { ComingSoonPage } from './coming-soon-page';

export function FilesPage() {
  return (
    <ComingSoonPage
      title="Files"
      lead="Documents shared with colleagues, findable by everyone they are shared with."
      icon={<FilesIcon size={28} />}
      description="Uploading and browsing files is not available yet."
    />
  );
}
