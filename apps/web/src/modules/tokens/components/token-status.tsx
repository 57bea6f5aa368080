import { useTranslation } from '@outloud/web-i18n';
import { Badge } from '@outloud/web-ui';
import { tokenState } from '../utils/token-state';

/** Live, expired or revoked, as a badge. */
export function TokenStatus({
  token,
}: {
  token: { revokedAt?: string | null; expiresAt?: string | null };
}) {
  const { t } = useTranslation('tokens');
  const state = tokenState(token);
  return <Badge tone={state === 'live' ? 'success' : 'neutral'}>{t(`state.${state}`)}</Badge>;
}
