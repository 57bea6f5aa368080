import { useFormat, useTranslation } from '@outloud/web-i18n';
import { cx, ProgressBar } from '@outloud/web-ui';
import type { ContentPolicyVersionsQuery } from '../../../generated/graphql';

/** Signs before each line, as in a unified diff (the words are read out separately). */
const DIFF_MARK = { ADDED: '+ ', REMOVED: '− ', UNCHANGED: '  ' } as const;

type Version = ContentPolicyVersionsQuery['contentPolicyVersions'][number];

/** One published version: its change note, who accepted it (overall and per department), the diff. */
export function PolicyVersionCard({ version }: { version: Version }) {
  const { t } = useTranslation('moderation');
  const format = useFormat();
  const stats = version.acknowledgements;
  const headingId = `policy-version-${version.version}`;
  return (
    <article className="card stack-sm" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {t('policy.admin.versionTitle', {
          version: version.version,
          when: format.dateTime(new Date(version.publishedAt)),
          who: version.publishedBy?.displayName ?? t('policy.admin.someone'),
        })}
      </h3>
      <p>{version.changeNote || t('policy.admin.noChangeNote')}</p>
      {stats ? (
        <>
          <ProgressBar
            value={Math.round(stats.share * 100)}
            label={t('policy.admin.acceptedBy', {
              acknowledged: stats.acknowledged,
              people: stats.people,
              share: format.percent(stats.share),
            })}
          />
          {stats.byDepartment.length > 0 ? (
            <details>
              <summary>{t('policy.admin.byDepartment')}</summary>
              <table className="policy-table">
                <thead>
                  <tr>
                    <th scope="col">{t('policy.admin.department')}</th>
                    <th scope="col">{t('policy.admin.accepted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.byDepartment.map((row) => (
                    <tr key={row.department ?? ''}>
                      <th scope="row">{row.department ?? t('policy.admin.noDepartment')}</th>
                      <td>
                        {t('policy.admin.ofPeople', {
                          acknowledged: row.acknowledged,
                          people: row.people,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </>
      ) : null}
      {version.diff.length > 0 ? (
        <details>
          <summary>{t('policy.admin.diff')}</summary>
          <ul className="policy-diff" aria-label={t('policy.admin.diff')}>
            {version.diff.map((line, index) => (
              <li
                key={index}
                className={cx(
                  line.kind === 'ADDED' && 'policy-diff__line--added',
                  line.kind === 'REMOVED' && 'policy-diff__line--removed',
                )}
              >
                <span className="ol-visually-hidden">
                  {t(`policy.admin.diffKind.${line.kind}`)}
                </span>
                {DIFF_MARK[line.kind]}
                {line.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
