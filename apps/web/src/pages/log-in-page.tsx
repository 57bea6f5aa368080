import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { LogInForm } from '../modules/auth/components/log-in-form';
import { SsoSignIn } from '../modules/auth/components/sso-sign-in';
import { InstanceSettingsQuery, SsoSignInQuery } from '../modules/auth/graphql/auth.operations';

export function LogInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('logIn.pageTitle'));
  const location = useLocation();
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const { data } = useQuery(InstanceSettingsQuery);
  const sso = useQuery(SsoSignInQuery).data?.ssoSignIn;
  const passwordLogin = data?.instanceSettings.passwordLogin ?? true;
  const openSignUp = passwordLogin && (data?.instanceSettings.openSignUp ?? true);
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">{t('logIn.title')}</h1>
      <p className="auth-card__lead">{t('logIn.lead')}</p>
      {loggedOut ? <Alert tone="success">{t('logIn.loggedOut')}</Alert> : null}
      <SsoSignIn />
      {passwordLogin ? (
        <>
          {sso ? <p className="auth-card__or">{t('sso.or')}</p> : null}
          <LogInForm />
        </>
      ) : (
        // Passwords are off: only the break-glass admin still uses one.
        <details className="auth-card__break-glass">
          <summary>{t('sso.passwordForAdmins')}</summary>
          <LogInForm />
        </details>
      )}
      {openSignUp ? (
        <p className="auth-card__switch">
          <Trans t={t} i18nKey="logIn.newHere" components={{ a: <Link to="/signup" /> }} />
        </p>
      ) : null}
    </div>
  );
}
