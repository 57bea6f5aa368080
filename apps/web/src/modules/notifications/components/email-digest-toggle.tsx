import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { useState } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import { EmailDigestQuery, SetEmailDigestMutation } from '../graphql/notifications.operations';

/** The daily e-mail digest of unread mentions and answers: off unless the person turns it on. */
export function EmailDigestToggle() {
  const { t } = useTranslation('notifications');
  const { data, error } = useQuery(EmailDigestQuery);
  const [save, { loading }] = useMutation(SetEmailDigestMutation);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const digest = data?.emailDigest;

  const toggle = async (next: boolean) => {
    setStatus('');
    setSaveError(null);
    try {
      await save({
        variables: { enabled: next },
        optimisticResponse: {
          setEmailDigest: { enabled: next, available: digest?.available ?? true },
        },
        update(cache, { data: result }) {
          if (result)
            cache.writeQuery({
              query: EmailDigestQuery,
              data: { emailDigest: result.setEmailDigest },
            });
        },
      });
      setStatus(t('digest.saved', { enabled: String(next) }));
    } catch (caught) {
      setSaveError(toFormErrors(caught, []).message);
    }
  };

  return (
    <section aria-labelledby="email-digest-title" className="card stack">
      <h2 id="email-digest-title" className="section-title">
        {t('digest.title')}
      </h2>
      {error && !data ? (
        <Alert tone="error" title={t('digest.loadError')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : (
        <>
          <label className="notification-prefs__item">
            <input
              type="checkbox"
              checked={digest?.enabled ?? false}
              disabled={!digest || loading}
              onChange={(event) => void toggle(event.target.checked)}
            />{' '}
            {t('digest.label')}
          </label>
          {digest && !digest.available ? <p className="muted">{t('digest.unavailable')}</p> : null}
        </>
      )}
      <p role="status" className="composer__status">
        {status}
      </p>
      {saveError ? (
        <Alert tone="error" title={t('digest.saveError')}>
          <p>{saveError}</p>
        </Alert>
      ) : null}
    </section>
  );
}
