import { useTranslation } from '@outloud/web-i18n';
import { useRealtime } from '../hooks/realtime-context';

/**
 * Says "Reconnecting…" while the live connection is down. The live region is always in the page
 * so screen readers announce the change (politely).
 */
export function OfflineIndicator() {
  const { t } = useTranslation('stream');
  const { state } = useRealtime();
  const offline = state === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className="offline-indicator">
      {offline ? <p className="offline-indicator__text">{t('reconnecting')}</p> : null}
    </div>
  );
}
