import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { useState } from 'react';
import type { NotificationType } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  NotificationPreferencesQuery,
  SetNotificationPreferenceMutation,
} from '../graphql/notifications.operations';
import { NOTIFICATION_TYPES, notificationTypeLabel } from '../utils/notification-text';

/** One switch per notification type; a type that is off is not recorded at all. */
export function NotificationPreferences() {
  const { t } = useTranslation('notifications');
  const { data, error } = useQuery(NotificationPreferencesQuery);
  const [save, { loading }] = useMutation(SetNotificationPreferenceMutation);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const enabled = (type: NotificationType) =>
    data?.notificationPreferences.find((p) => p.type === type)?.enabled ?? true;

  const toggle = async (type: NotificationType, next: boolean) => {
    setStatus('');
    setSaveError(null);
    try {
      await save({
        variables: { type, enabled: next },
        // The switch follows the click at once; a failure puts it back.
        optimisticResponse: {
          setNotificationPreference: { type, enabled: next },
        },
        update(cache, { data: result }) {
          const saved = result?.setNotificationPreference;
          if (!saved) return;
          cache.updateQuery({ query: NotificationPreferencesQuery }, (current) => {
            const others = (current?.notificationPreferences ?? []).filter(
              (p) => p.type !== saved.type,
            );
            return { notificationPreferences: [...others, saved] };
          });
        },
      });
      const label = notificationTypeLabel(t, type);
      setStatus(t('preferences.saved', { label, enabled: String(next) }));
    } catch (caught) {
      setSaveError(toFormErrors(caught, []).message);
    }
  };

  return (
    <section aria-labelledby="notification-preferences-title" className="card stack">
      <h2 id="notification-preferences-title" className="section-title">
        {t('preferences.title')}
      </h2>
      {error && !data ? (
        <Alert tone="error" title={t('preferences.loadError')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : (
        <fieldset className="notification-prefs" disabled={!data}>
          <legend>{t('preferences.legend')}</legend>
          {NOTIFICATION_TYPES.map((type) => (
            <label key={type} className="notification-prefs__item">
              <input
                type="checkbox"
                checked={enabled(type)}
                disabled={loading}
                onChange={(event) => void toggle(type, event.target.checked)}
              />{' '}
              {notificationTypeLabel(t, type)}
            </label>
          ))}
        </fieldset>
      )}
      <p role="status" className="composer__status">
        {status}
      </p>
      {saveError ? (
        <Alert tone="error" title={t('preferences.saveError')}>
          <p>{saveError}</p>
        </Alert>
      ) : null}
    </section>
  );
}
