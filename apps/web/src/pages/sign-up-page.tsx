import { useQuery } from '@apollo/client/react';
import { Alert } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { SignUpForm } from '../modules/auth/components/sign-up-form';
import { InstanceSettingsQuery } from '../modules/auth/graphql/auth.operations';

export function SignUpPage() {
  usePageTitle('Create your account');
  const { data } = useQuery(InstanceSettingsQuery);
  const closed = data?.instanceSettings.openSignUp === false;
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">Create your account</h1>
      <p className="auth-card__lead">
        Ask questions out loud, share what you know, and find the people who know.
      </p>
      {closed ? (
        <Alert tone="info" title="Sign-up is closed">
          <p>Your administrator creates accounts on this Outloud. Ask them for an invitation.</p>
        </Alert>
      ) : (
        <SignUpForm />
      )}
      <p className="auth-card__switch">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}
