import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useId, useState } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  AdoptionAnalyticsQuery,
  SetOrganisationTimeZoneMutation,
} from '../graphql/analytics.operations';

/** The zones the browser knows (IANA names); the server validates the choice again. */
function knownZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...zones])];
}

/** The organisation's time zone (an admin setting): the heatmap's hours and weekdays are in it. */
export function TimeZoneSetting({ current }: { current: string }) {
  const { t } = useTranslation('analytics');
  const id = useId();
  const [choice, setChoice] = useState(current);
  const [message, setMessage] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetOrganisationTimeZoneMutation, {
    refetchQueries: [AdoptionAnalyticsQuery],
  });
  return (
    <form
      className="analytics-time-zone"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          const result = await save({ variables: { timeZone: choice } });
          setMessage(
            t('timeZone.saved', {
              timeZone: result.data?.setOrganisationTimeZone.timeZone ?? choice,
            }),
          );
        } catch (caught) {
          setMessage(toFormErrors(caught, []).message ?? '');
        }
      }}
    >
      <label htmlFor={id}>{t('timeZone.label')}</label>
      <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
        {knownZones(current).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={loading || choice === current}>
        {t('timeZone.save')}
      </Button>
      <p className="analytics-muted" role="status">
        {message}
      </p>
    </form>
  );
}
