import { useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Avatar } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { PeopleWhoKnowQuery } from '../graphql/search.operations';

/**
 * "Who knows about X": people whose evidence (accepted answers, liked replies, replies, files
 * others used) matches the search words, each with the reason. Nothing is shown when nobody's
 * evidence the viewer may see matches.
 */
export function PeopleWhoKnow({ topic }: { topic: string }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const { data, previousData } = useQuery(PeopleWhoKnowQuery, {
    variables: { topic, first: 5 },
    skip: topic === '',
  });
  const people = topic === '' ? [] : ((data ?? previousData)?.peopleWhoKnow ?? []);
  if (people.length === 0) return null;
  return (
    <section className="card people-who-know" aria-labelledby="people-who-know-title">
      <h2 id="people-who-know-title" className="card__title">
        {t('whoKnows.title', { topic })}
      </h2>
      <ul className="people-who-know__list">
        {people.map((person) => (
          <li key={person.user.id} className="people-who-know__person">
            <Avatar
              name={person.user.displayName}
              src={person.user.avatarUrl}
              size="sm"
              labelled={false}
            />
            <span>
              <Link to={`/people/${person.user.handle}`}>{person.user.displayName}</Link>{' '}
              <span className="muted">
                {t(`whoKnows.because.${person.because.kind}`, {
                  count: person.because.count,
                  topic: person.because.topic,
                  month: format.date(person.because.lastAt, { month: 'long', year: 'numeric' }),
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
