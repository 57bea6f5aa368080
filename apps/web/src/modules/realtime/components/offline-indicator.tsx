import { useRealtime } from '../hooks/realtime-context';

/**
 * Says "Reconnecting…" while the live connection is down. The live region is always in the page
 * so screen readers announce the change (politely).
 */
export function OfflineIndicator() {
  const { state } = useRealtime();
  const offline = state === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className="offline-indicator">
      {offline ? (
        <p className="offline-indicator__text">
          Reconnecting… Live updates are paused; what you see may be out of date.
        </p>
      ) : null}
    </div>
  );
}
