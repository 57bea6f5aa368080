import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { useSearchParams } from 'react-router-dom';
import { SsoSignInQuery } from '../graphql/auth.operations';
import { safeNextPath } from '../utils/safe-next';

/** Why the identity provider sign-in came back refused (`/login?sso_error=<code>`). */
const REFUSALS = [
  'cancelled',
  'expired',
  'invalid',
  'email',
  'domain',
  'deactivated',
  'unavailable',
] as const;
type Refusal = (typeof REFUSALS)[number];

/**
 * "Sign in with <provider>" when single sign-on is configured, with the reason when the last
 * attempt was refused, or when the provider cannot be used right now.
 */
export function SsoSignIn() {
  const { t } = useTranslation('auth');
  const { data } = useQuery(SsoSignInQuery);
  const [params] = useSearchParams();
  const sso = data?.ssoSignIn;
  const code = params.get('sso_error');
  const refusal = REFUSALS.find((r) => r === code) as Refusal | undefined;
  if (!sso) return null;
  const returnTo = safeNextPath(params.get('next'));
  const href = `${sso.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <div className="sso-sign-in">
      {refusal ? (
        <Alert tone="error" title={t('sso.refusedTitle')}>
          <p>{t(`sso.refused.${refusal}`, { provider: sso.providerName })}</p>
        </Alert>
      ) : null}
      {sso.available ? null : (
        <Alert tone="warning" title={t('sso.unavailableTitle', { provider: sso.providerName })}>
          <p>{sso.problem}</p>
        </Alert>
      )}
      <a className="ol-button ol-button--primary sso-sign-in__button" href={href}>
        <span>{t('sso.signInWith', { provider: sso.providerName })}</span>
      </a>
    </div>
  );
}
