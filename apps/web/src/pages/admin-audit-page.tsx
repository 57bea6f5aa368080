import { useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';
import { AdminOnly } from '../modules/admin/components/admin-only';
import { AuditLogQuery } from '../modules/admin/graphql/admin.operations';
import {
  auditExportHref,
  toAuditFilter,
  type AuditFilterForm,
} from '../modules/admin/utils/audit-filter';
import { toFormErrors } from '../modules/errors/utils/form-errors';

const EMPTY: AuditFilterForm = { action: '', actor: '', targetType: '', since: '', until: '' };

/** Admins read the append-only audit log, filter it and download it as CSV. */
export function AdminAuditPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  return (
    <AdminOnly>
      <AuditLog />
    </AdminOnly>
  );
}

function AuditLog() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY);
  const { data, loading, error, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter: toAuditFilter(applied) },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLog.nodes ?? [];
  const field = (name: keyof AuditFilterForm) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [name]: event.target.value })),
  });
  const fields = {
    action: field('action'),
    actor: field('actor'),
    targetType: field('targetType'),
    since: field('since'),
    until: field('until'),
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(form);
  };

  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </header>
      <form className="card stack" onSubmit={apply} noValidate aria-label={t('audit.filters')}>
        <div className="admin-filters">
          <TextField label={t('audit.action')} hint={t('audit.actionHint')} {...fields.action} />
          <TextField label={t('audit.actor')} hint={t('audit.actorHint')} {...fields.actor} />
          <TextField
            label={t('audit.targetType')}
            hint={t('audit.targetTypeHint')}
            {...fields.targetType}
          />
          <TextField label={t('audit.since')} type="date" {...fields.since} />
          <TextField label={t('audit.until')} type="date" {...fields.until} />
        </div>
        <div className="form-actions">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setForm(EMPTY);
              setApplied(EMPTY);
            }}
          >
            {t('audit.clear')}
          </Button>
          <a className="ol-button ol-button--secondary" href={auditExportHref(applied)} download>
            {t('audit.download')}
          </a>
        </div>
      </form>
      {error ? (
        <Alert tone="error" title={t('audit.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {loading && !data ? (
        <Spinner label={t('audit.loading')} />
      ) : entries.length === 0 ? (
        <p className="muted">{t('audit.none')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="ol-visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.dateTime(new Date(entry.occurredAt))}</td>
                  <td>{entry.actorLabel ?? t(`audit.actorType.${entry.actorType}`)}</td>
                  <th scope="row">{entry.action}</th>
                  <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : '—'}</td>
                  <td>
                    {entry.reason ? <p>{t('audit.reason', { reason: entry.reason })}</p> : null}
                    {entry.before || entry.after ? (
                      <details>
                        <summary>{t('audit.change')}</summary>
                        {entry.before ? (
                          <pre className="admin-json">
                            {t('audit.before')} {entry.before}
                          </pre>
                        ) : null}
                        {entry.after ? (
                          <pre className="admin-json">
                            {t('audit.after')} {entry.after}
                          </pre>
                        ) : null}
                      </details>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.auditLog.pageInfo.hasNextPage ? (
        <div>
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({ variables: { after: data.auditLog.pageInfo.endCursor } })
            }
          >
            {t('audit.more')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
