import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { SignUpMutation } from '../graphql/auth.operations';
import { useStartSession } from '../hooks/use-session';
import {
  SIGNUP_FIELDS,
  validateSignUp,
  type SignUpField,
  type SignUpValues,
} from '../utils/signup-validation';

const EMPTY: SignUpValues = { handle: '', displayName: '', email: '', password: '' };

export function SignUpForm() {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState<SignUpValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<SignUpField>>({ fields: {}, message: null });
  const [touched, setTouched] = useState<Partial<Record<SignUpField, boolean>>>({});
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const startSession = useStartSession();
  const navigate = useNavigate();
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();

  const set = (field: SignUpField) => (event: { target: { value: string } }) => {
    const next = { ...values, [field]: event.target.value };
    setValues(next);
    // Once a field has been left with a problem, re-check it as the person types.
    if (touched[field] || errors.fields[field]) {
      setErrors((current) => ({
        ...current,
        fields: { ...current.fields, [field]: validateSignUp(next)[field] },
      }));
    }
  };

  const blur = (field: SignUpField) => () => {
    setTouched((current) => ({ ...current, [field]: true }));
    if (values[field] !== '') {
      setErrors((current) => ({
        ...current,
        fields: { ...current.fields, [field]: validateSignUp(values)[field] },
      }));
    }
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateSignUp(values);
    if (Object.keys(problems).length > 0) {
      setErrors({ fields: problems, message: null });
      focusFirstError();
      return;
    }
    setErrors({ fields: {}, message: null });
    try {
      const { data } = await signUp({
        variables: {
          input: {
            handle: values.handle.trim(),
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
          },
        },
      });
      if (!data) throw new Error('No data');
      await startSession(data.signUp.viewer);
      navigate('/', { replace: true });
    } catch (error) {
      setErrors(toFormErrors(error, SIGNUP_FIELDS));
      focusFirstError();
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title={t('signUp.error')}>
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <TextField
        label={t('signUp.handle')}
        name="handle"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={LIMITS.handle.max}
        value={values.handle}
        onChange={set('handle')}
        onBlur={blur('handle')}
        error={errors.fields.handle}
        hint={t('signUp.handleHint', { min: LIMITS.handle.min, max: LIMITS.handle.max })}
      />
      <TextField
        label={t('signUp.displayName')}
        name="displayName"
        autoComplete="name"
        required
        maxLength={LIMITS.displayName.max}
        value={values.displayName}
        onChange={set('displayName')}
        onBlur={blur('displayName')}
        error={errors.fields.displayName}
        hint={t('signUp.displayNameHint')}
      />
      <TextField
        label={t('signUp.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={LIMITS.email.max}
        value={values.email}
        onChange={set('email')}
        onBlur={blur('email')}
        error={errors.fields.email}
        hint={t('signUp.emailHint')}
      />
      <TextField
        label={t('signUp.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={LIMITS.password.max}
        value={values.password}
        onChange={set('password')}
        onBlur={blur('password')}
        error={errors.fields.password}
        hint={t('signUp.passwordHint', { min: LIMITS.password.min })}
      />
      <Button type="submit" busy={loading} className="form__submit">
        {t('signUp.submit')}
      </Button>
    </form>
  );
}
