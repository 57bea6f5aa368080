import { useQuery } from '@apollo/client/react';
import { Alert } from '@outloud/web-ui';
import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { LogInForm } from '../modules/auth/components/log-in-form';
import { InstanceSettingsQuery } from '../modules/auth/graphql/auth.operations';

export function LogInPage() {
  usePageTitle('Log in');
  const location = useLocation();
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const { data } = useQuery(InstanceSettingsQuery);
  const openSignUp = data?.instanceSettings.openSignUp ?? true;
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">Log in to Outloud</h1>
      <p className="auth-card__lead">Pick up where your colleagues left off.</p>
      {loggedOut ? <Alert tone="success">You have logged out.</Alert> : null}
      <LogInForm />
      {openSignUp ? (
        <p className="auth-card__switch">
          New here? <Link to="/signup">Create an account</Link>
        </p>
      ) : null}
    </div>
  );
}
