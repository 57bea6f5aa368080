import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { LogInMutation } from '../graphql/auth.operations';
import { useStartSession } from '../hooks/use-session';
import { safeNextPath } from '../utils/safe-next';

const LOGIN_FIELDS = ['login', 'password'] as const;
type LogInField = (typeof LOGIN_FIELDS)[number];

export function LogInForm() {
  const { t } = useTranslation('auth');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<LogInField>>({ fields: {}, message: null });
  const [logIn, { loading }] = useMutation(LogInMutation);
  const startSession = useStartSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: FormErrors<LogInField>['fields'] = {};
    if (!login.trim()) fields.login = t('logIn.loginRequired');
    if (!password) fields.password = t('logIn.passwordRequired');
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, message: null });
      focusFirstError();
      return;
    }
    setErrors({ fields: {}, message: null });
    try {
      const { data } = await logIn({ variables: { input: { login: login.trim(), password } } });
      if (!data) throw new Error('No data');
      await startSession(data.logIn.viewer);
      navigate(safeNextPath(params.get('next')), { replace: true });
    } catch (error) {
      setErrors(toFormErrors(error, LOGIN_FIELDS));
      focusFirstError();
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title={t('logIn.error')}>
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <TextField
        label={t('logIn.login')}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        error={errors.fields.login}
      />
      <TextField
        label={t('logIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
      />
      <Button type="submit" busy={loading} className="form__submit">
        {t('logIn.submit')}
      </Button>
    </form>
  );
}
