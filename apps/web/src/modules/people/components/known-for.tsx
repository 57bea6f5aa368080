import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import type { KnownForFieldsFragment } from '../../../generated/graphql';

/**
 * "Known for": topics derived from evidence others can check, each with its reason and links to
 * the posts and files behind it. The server counts only what the viewer may see.
 */
export function KnownFor({
  topics,
  name,
  isSelf,
}: {
  topics: readonly KnownForFieldsFragment[];
  name: string;
  isSelf: boolean;
}) {
  const { t } = useTranslation('people');
  const format = useFormat();
  return (
    <section className="card known-for" aria-labelledby="profile-known-for">
      <h2 id="profile-known-for" className="card__title">
        {t('knownFor.title')}
      </h2>
      {topics.length === 0 ? (
        <p className="muted">{isSelf ? t('knownFor.emptySelf') : t('knownFor.empty', { name })}</p>
      ) : (
        <ul className="known-for__topics">
          {topics.map((topic) => (
            <li key={topic.topic} className="known-for__topic">
              <p>
                {topic.tag ? (
                  <Link to={`/tags/${encodeURIComponent(topic.tag)}`} className="known-for__name">
                    {t('knownFor.tag', { tag: topic.tag })}
                  </Link>
                ) : (
                  <strong className="known-for__name">{topic.topic}</strong>
                )}{' '}
                <span className="muted">
                  {t(`knownFor.because.${topic.because.kind}`, {
                    count: topic.because.count,
                    topic: topic.because.topic,
                    month: format.date(topic.because.lastAt, { month: 'long', year: 'numeric' }),
                  })}
                </span>
              </p>
              {topic.evidence.length > 0 ? (
                <ul
                  className="known-for__evidence"
                  aria-label={t('knownFor.evidence', { topic: topic.topic })}
                >
                  {topic.evidence.map((item) => (
                    <li key={item.postId ?? item.fileId}>
                      <Link to={item.postId ? `/posts/${item.postId}` : `/library/${item.fileId}`}>
                        {item.title}
                      </Link>{' '}
                      <span className="muted">{t(`knownFor.kind.${item.kind}`)}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="muted known-for__note">{t('knownFor.note')}</p>
    </section>
  );
}
