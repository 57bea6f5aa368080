import { EmptyState, FilesIcon } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { FileSummaryFragment } from '../../../generated/graphql';
import { formatBytes } from '../utils/upload';

export function FileList({
  files,
  label,
  empty,
}: {
  files: readonly FileSummaryFragment[];
  label: string;
  empty?: ReactNode;
}) {
  if (files.length === 0)
    return (
      <EmptyState
        icon={<FilesIcon size={28} />}
        title="No files here yet"
        description={empty ?? <p>Share a document above: drafts help too.</p>}
      />
    );
  return (
    <ul className="file-list" aria-label={label}>
      {files.map((file) => (
        <li key={file.id} className="card file-row">
          <div>
            <Link to={`/library/${file.id}`} className="file-row__name">
              {file.name}
            </Link>
            <p className="muted file-row__meta">
              {formatBytes(file.sizeBytes)} · v{file.version}
              {file.owner ? ` · by ${file.owner.displayName}` : null}
              {file.community ? ` · in ${file.community.name}` : null}
            </p>
          </div>
          <p className="file-row__counts">
            <span>
              {file.downloadCount} {file.downloadCount === 1 ? 'download' : 'downloads'}
            </span>
            <span>
              {file.likeCount} {file.likeCount === 1 ? 'like' : 'likes'}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
