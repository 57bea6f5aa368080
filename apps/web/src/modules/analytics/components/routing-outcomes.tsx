import { useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { RoutingOutcomesQuery } from '../graphql/analytics.operations';
import { RoutingSettingsForm } from './routing-settings-form';

/**
 * Questions of the period that routing offered to people who could answer, against those it did
 * not: answer rate and median time to the first answer, and how often askers mentioned someone
 * the suggestions named. A table: two rows, three figures each.
 */
export function RoutingOutcomes({ days }: { days: number }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const { data, error } = useQuery(RoutingOutcomesQuery, { variables: { days } });
  const rows = data?.routingOutcomes ?? [];
  const total = rows.reduce((sum, r) => sum + r.questions, 0);
  const mentioned = rows.reduce((sum, r) => sum + r.mentionedSuggested, 0);
  return (
    <section className="stack" aria-labelledby="analytics-routing">
      <h2 id="analytics-routing">{t('routing.title')}</h2>
      {error ? (
        <p className="muted">{t('routing.loadError')}</p>
      ) : !data ? (
        <p className="muted">{t('routing.loading')}</p>
      ) : total === 0 ? (
        <p className="muted">{t('routing.none')}</p>
      ) : (
        <>
          <p>
            {t('routing.mentionedShare', {
              share: format.percent(mentioned / total),
              count: total,
            })}
          </p>
          <div className="analytics-table-wrap">
            <table className="analytics-table">
              <caption className="ol-visually-hidden">{t('routing.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('routing.group')}</th>
                  <th scope="col">{t('routing.questions')}</th>
                  <th scope="col">{t('routing.answerRate')}</th>
                  <th scope="col">{t('routing.median')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={String(r.routed)}>
                    <th scope="row">{t(r.routed ? 'routing.routed' : 'routing.notRouted')}</th>
                    <td>{format.number(r.questions)}</td>
                    <td>{r.questions > 0 ? format.percent(r.answered / r.questions) : '—'}</td>
                    <td>
                      {r.medianHoursToFirstAnswer === null
                        ? '—'
                        : t('routing.hours', {
                            hours: format.number(r.medianHoursToFirstAnswer, {
                              maximumFractionDigits: 1,
                            }),
                          })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('routing.note')}</p>
        </>
      )}
      <RoutingSettingsForm />
    </section>
  );
}
