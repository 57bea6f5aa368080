import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { SignUpForm } from '../modules/auth/components/sign-up-form';
import { InstanceSettingsQuery } from '../modules/auth/graphql/auth.operations';

export function SignUpPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signUp.title'));
  const { data } = useQuery(InstanceSettingsQuery);
  const closed = data?.instanceSettings.openSignUp === false;
  return (
    <div className="auth-card">
      <h1 className="auth-card__title">{t('signUp.title')}</h1>
      <p className="auth-card__lead">{t('signUp.lead')}</p>
      {closed ? (
        <Alert tone="info" title={t('signUp.closedTitle')}>
          <p>{t('signUp.closedBody')}</p>
        </Alert>
      ) : (
        <SignUpForm />
      )}
      <p className="auth-card__switch">
        <Trans t={t} i18nKey="signUp.haveAccount" components={{ a: <Link to="/login" /> }} />
      </p>
    </div>
  );
}
