import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { TrendingTagsQuery } from '../../stream/graphql/stream.operations';

/** The most used tags of the last 7 days, each a link to its tag page. */
export function TrendingTags() {
  const { data, loading, error } = useQuery(TrendingTagsQuery);
  const tags = data?.trendingTags ?? [];
  return (
    <section className="card trending" aria-labelledby="trending-title">
      <h2 id="trending-title" className="trending__title">
        Trending tags
      </h2>
      {loading && !data ? (
        <p className="muted small">Loading…</p>
      ) : error && !data ? (
        <p className="muted small">Trending tags are not available right now.</p>
      ) : tags.length === 0 ? (
        <p className="muted small">No tags used this week yet. Add a #tag to your next post.</p>
      ) : (
        <ol className="trending__list">
          {tags.map((tag) => (
            <li key={tag.name}>
              <Link to={`/tags/${encodeURIComponent(tag.name)}`}>
                <span>#{tag.name}</span>
                <span className="muted small">
                  {tag.postCount} {tag.postCount === 1 ? 'post' : 'posts'}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
