import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button, TextField } from '@outloud/web-ui';
import { useState } from 'react';
import { type FormErrors, NO_ERRORS, toFormErrors } from '../../errors/utils/form-errors';
import { RoutingSettingsQuery, SetRoutingSettingsMutation } from '../graphql/analytics.operations';

const FIELDS = ['delayWorkingHours', 'dailyCap', 'peoplePerRound'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Routing's main settings (admins): on or off, the delay in working hours, the per-person daily
 * cap and people per round. The server checks the ranges again (BAD_USER_INPUT next to the field).
 */
export function RoutingSettingsForm() {
  const { t } = useTranslation('analytics');
  const { data } = useQuery(RoutingSettingsQuery);
  const current = data?.routingSettings;
  const [draft, setDraft] = useState<Partial<Record<Field, string>> & { enabled?: boolean }>({});
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const [save, { loading }] = useMutation(SetRoutingSettingsMutation, {
    refetchQueries: [RoutingSettingsQuery],
  });
  if (!current) return null;
  const value = (field: Field) => draft[field] ?? String(current[field]);
  const enabled = draft.enabled ?? current.enabled;
  return (
    <form
      className="stack"
      aria-labelledby="routing-settings-title"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setStatus('');
        setErrors(NO_ERRORS);
        try {
          await save({
            variables: {
              input: {
                enabled,
                delayWorkingHours: Number(value('delayWorkingHours')),
                dailyCap: Number(value('dailyCap')),
                peoplePerRound: Number(value('peoplePerRound')),
              },
            },
          });
          setDraft({});
          setStatus(t('routingSettings.saved'));
        } catch (caught) {
          setErrors(toFormErrors(caught, FIELDS));
        }
      }}
    >
      <h3 id="routing-settings-title">{t('routingSettings.title')}</h3>
      <p className="muted">
        {t('routingSettings.lead', {
          start: current.workdayStartHour,
          end: current.workdayEndHour,
          timeZone: current.timeZone,
        })}
      </p>
      <label className="ol-checkbox">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setDraft({ ...draft, enabled: event.target.checked })}
        />{' '}
        {t('routingSettings.enabled')}
      </label>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          type="number"
          inputMode="numeric"
          label={t(`routingSettings.${field}`)}
          hint={t(`routingSettings.${field}Hint`)}
          value={value(field)}
          error={errors.fields[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
      ))}
      {errors.message ? <p className="ol-field__error">{errors.message}</p> : null}
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={loading}>
          {t('routingSettings.save')}
        </Button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
