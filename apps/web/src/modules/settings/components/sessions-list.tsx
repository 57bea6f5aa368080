import { useMutation, useQuery } from '@apollo/client/react';
import { useFormat, useTranslation, type TFunction } from '@outloud/web-i18n';
import { Alert, Badge, Button, Spinner } from '@outloud/web-ui';
import { useState } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import { EndSessionMutation, MySessionsQuery } from '../graphql/security.operations';
import { deviceName } from '../utils/device-name';

function describe(t: TFunction<'settings'>, userAgent: string | null): string {
  const { browser, os } = deviceName(userAgent);
  if (browser && os) return t('sessions.device', { browser, os });
  return browser ?? os ?? t('sessions.unknown');
}

/** The browsers signed in as the person, with "Sign out" for each of the others. */
export function SessionsList() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const { data, loading, error } = useQuery(MySessionsQuery);
  const [endSession, endState] = useMutation(EndSessionMutation, {
    refetchQueries: [MySessionsQuery],
    awaitRefetchQueries: true,
  });
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const sessions = data?.mySessions ?? [];

  const signOut = async (id: string, device: string) => {
    setStatus('');
    setActionError(null);
    try {
      await endSession({ variables: { id } });
      setStatus(t('sessions.signedOut', { device }));
    } catch (caught) {
      setActionError(toFormErrors(caught, []).message);
    }
  };

  return (
    <section aria-labelledby="sessions-title" className="card stack">
      <h2 id="sessions-title" className="section-title">
        {t('sessions.title')}
      </h2>
      <p className="muted">{t('sessions.lead')}</p>
      {actionError || (error && !data) ? (
        <Alert tone="error" title={t('sessions.error')}>
          <p>{actionError ?? toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {loading && !data ? <Spinner label={t('sessions.loading')} /> : null}
      <ul className="session-list">
        {sessions.map((session) => {
          const device = describe(t, session.userAgent);
          return (
            <li key={session.id} className="session-list__item">
              <div>
                <p className="session-list__device">
                  {device}{' '}
                  {session.current ? <Badge tone="success">{t('sessions.this')}</Badge> : null}
                </p>
                <p className="muted small">
                  {t('sessions.when', {
                    signedIn: format.date(session.createdAt),
                    lastSeen: format.relative(session.lastSeenAt),
                  })}
                </p>
              </div>
              {session.current ? null : (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={endState.loading}
                  aria-label={t('sessions.signOutLabel', { device })}
                  onClick={() => void signOut(session.id, device)}
                >
                  {t('sessions.signOut')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="composer__status">
        {status}
      </p>
    </section>
  );
}
