import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { ChangePasswordMutation, MySessionsQuery } from '../graphql/security.operations';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

/** Current and new password; the server checks both and signs out the other sessions. */
export function ChangePasswordForm() {
  const { t } = useTranslation('settings');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [ended, setEnded] = useState<number | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordMutation, {
    refetchQueries: [MySessionsQuery],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setEnded(null);
    try {
      const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
      setEnded(data?.changePassword ?? 0);
      setCurrentPassword('');
      setNewPassword('');
    } catch (caught) {
      setErrors(toFormErrors(caught, FIELDS));
    }
  };

  return (
    <section aria-labelledby="password-title" className="card stack">
      <h2 id="password-title" className="section-title">
        {t('password.title')}
      </h2>
      <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)}>
        {errors.message ? (
          <Alert tone="error" title={t('password.error')}>
            <p>{errors.message}</p>
          </Alert>
        ) : null}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          error={errors.fields.currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <TextField
          label={t('password.new')}
          hint={t('password.newHint')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          error={errors.fields.newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <div>
          <Button type="submit" busy={loading}>
            {t('password.submit')}
          </Button>
        </div>
        <p role="status" className="composer__status">
          {ended === null ? '' : t('password.changed', { count: ended })}
        </p>
      </form>
    </section>
  );
}
