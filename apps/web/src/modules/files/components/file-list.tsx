import { useTranslation } from '@outloud/web-i18n';
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
  const { t } = useTranslation('files');
  if (files.length === 0)
    return (
      <EmptyState
        icon={<FilesIcon size={28} />}
        title={t('list.emptyTitle')}
        description={empty ?? <p>{t('list.emptyBody')}</p>}
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
              {t('list.version', { size: formatBytes(file.sizeBytes), version: file.version })}
              {file.owner ? t('list.by', { name: file.owner.displayName }) : null}
              {file.owner?.isFormerColleague ? ` ${t('file.formerColleague')}` : null}
              {file.community ? t('list.in', { name: file.community.name }) : null}
            </p>
            <FileTags tags={file.tags} />
          </div>
          <p className="file-row__counts">
            <span>{t('list.downloads', { count: file.downloadCount })}</span>
            <span>{t('list.likes', { count: file.likeCount })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The tags given at upload, as chips. */
export function FileTags({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation('files');
  if (tags.length === 0) return null;
  return (
    <ul className="ol-chip-list file-tags" aria-label={t('list.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="ol-chip">
          {t('list.tag', { tag })}
        </li>
      ))}
    </ul>
  );
}
