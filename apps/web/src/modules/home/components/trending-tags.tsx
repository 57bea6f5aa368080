import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import { TrendingTagsQuery } from '../../stream/graphql/stream.operations';

/** The most used tags of the last 7 days, each a link to its tag page. */
export function TrendingTags() {
  const { t } = useTranslation('stream');
  const { data, loading, error } = useQuery(TrendingTagsQuery);
  const tags = data?.trendingTags ?? [];
  return (
    <section className="card trending" aria-labelledby="trending-title">
      <h2 id="trending-title" className="trending__title">
        {t('trending.title')}
      </h2>
      {loading && !data ? (
        <p className="muted small">{t('trending.loading')}</p>
      ) : error && !data ? (
        <p className="muted small">{t('trending.error')}</p>
      ) : tags.length === 0 ? (
        <p className="muted small">{t('trending.empty')}</p>
      ) : (
        <ol className="trending__list">
          {tags.map((tag) => (
            <li key={tag.name}>
              <Link to={`/tags/${encodeURIComponent(tag.name)}`}>
                <span>#{tag.name}</span>
                <span className="muted small">{t('trending.posts', { count: tag.postCount })}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
