import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import { ExportLink } from './export-link';
import type { AdoptionAnalyticsQuery } from '../../../generated/graphql';
import { MetricInfo } from './metric-info';

type Unanswered = AdoptionAnalyticsQuery['adoptionAnalytics']['unanswered'];
type Person = Unanswered['questions'][number]['asker'];

function PersonLink({ person }: { person: Person }) {
  return <Link to={`/people/${person.handle}`}>{person.displayName}</Link>;
}

/**
 * The period's questions nobody but the asker replied to, oldest first, each with the people who
 * could answer it. Questions in restricted communities the admin is not in are only counted.
 */
export function UnansweredList({ unanswered }: { unanswered: Unanswered }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const { questions, total, hiddenCount } = unanswered;
  const title = t('unanswered.title');
  return (
    <section className="card stack analytics-info-host" aria-labelledby="analytics-unanswered">
      <h2 className="analytics-heading">
        <span id="analytics-unanswered">{title}</span>
        <MetricInfo metric="unanswered" name={title} />
      </h2>
      {total === 0 && hiddenCount === 0 ? (
        <p className="analytics-muted">{t('unanswered.none')}</p>
      ) : (
        <>
          <p className="analytics-muted">
            {t('unanswered.lead')}{' '}
            {total > 0 ? t('unanswered.shown', { shown: questions.length, total }) : null}
          </p>
          {questions.length ? (
            <ol className="analytics-unanswered">
              {questions.map((q) => {
                const when = format.relative(q.askedAt);
                return (
                  <li key={q.postId} className="analytics-unanswered__item">
                    <Link to={`/posts/${q.postId}`} className="analytics-unanswered__excerpt">
                      {q.excerpt}
                    </Link>
                    <p className="analytics-muted">
                      <time dateTime={String(q.askedAt)} title={format.dateTime(q.askedAt)}>
                        {t(q.community ? 'unanswered.askedIn' : 'unanswered.asked', {
                          when,
                          name: q.asker.displayName,
                        })}
                      </time>
                      {q.community ? (
                        <>
                          {' '}
                          <Link to={`/c/${q.community.slug}`}>{q.community.name}</Link>
                        </>
                      ) : null}
                    </p>
                    <p className="analytics-unanswered__nudge">
                      <span className="analytics-muted">{t('unanswered.nudge')}</span>{' '}
                      {q.nudge.length ? (
                        q.nudge.map((person, i) => (
                          <span key={person.id}>
                            {i > 0 ? ', ' : null}
                            <PersonLink person={person} />
                          </span>
                        ))
                      ) : (
                        <span className="analytics-muted">{t('unanswered.nobody')}</span>
                      )}
                    </p>
                  </li>
                );
              })}
            </ol>
          ) : null}
          <ExportLink table="unanswered" name={title} />
          {hiddenCount > 0 ? (
            <p className="analytics-muted">{t('unanswered.hidden', { count: hiddenCount })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
