import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { LogInForm } from '../modules/auth/components/log-in-form';
import { SsoSignIn } from '../modules/auth/components/sso-sign-in';
import { InstanceSettingsQuery, SsoSignInQuery } from '../modules/auth/graphql/auth.operations';

export function LogInPage() {
  usePageTitle('Log in');
  const location = useLocation();
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const { t } = useTranslation('auth');
  const { data } = useQuery(InstanceSettingsQuery);
  const sso = useQuery(SsoSignInQuery).data?.ssoSignIn;
  const passwordLogin = data?.instanceSettings.passwordLogin ?? true;
  const openSignUp = passwordLogin && (data?.instanceSettings.openSignUp ?? true);
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">Log in to Outloud</h1>
      <p className="auth-card__lead">Pick up where your colleagues left off.</p>
      {loggedOut ? <Alert tone="success">You have logged out.</Alert> : null}
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
          New here? <Link to="/signup">Create an account</Link>
        </p>
      ) : null}
    </div>
  );
}
