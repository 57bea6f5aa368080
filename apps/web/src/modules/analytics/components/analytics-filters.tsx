import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useId } from 'react';
import { AnalyticsFilterOptionsQuery } from '../graphql/analytics.operations';

export interface AnalyticsFilterValue {
  department: string | null;
  communityId: string | null;
}

/**
 * Department and community filters for every chart and table: a department narrows who is
 * counted, a community where. The choices are the departments people gave and the communities
 * the admin may see (the server checks both again).
 */
export function AnalyticsFilters({
  value,
  onChange,
}: {
  value: AnalyticsFilterValue;
  onChange: (value: AnalyticsFilterValue) => void;
}) {
  const { t } = useTranslation('analytics');
  const id = useId();
  const { data } = useQuery(AnalyticsFilterOptionsQuery);
  const departments = data?.peopleDepartments ?? [];
  const communities = data?.communities.nodes ?? [];
  const filtered = value.department !== null || value.communityId !== null;
  return (
    <fieldset className="analytics-filters">
      <legend className="ol-visually-hidden">{t('filters.legend')}</legend>
      {/* Labels point at their selects (not around them), so a label's text is its name alone. */}
      <span className="analytics-select">
        <label htmlFor={`${id}-department`}>{t('filters.department')}</label>
        <select
          id={`${id}-department`}
          value={value.department ?? ''}
          onChange={(event) => onChange({ ...value, department: event.target.value || null })}
        >
          <option value="">{t('filters.allDepartments')}</option>
          {/* A filter from the address that is not offered still shows as chosen. */}
          {value.department && !departments.includes(value.department) ? (
            <option value={value.department}>{value.department}</option>
          ) : null}
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </span>
      <span className="analytics-select">
        <label htmlFor={`${id}-community`}>{t('filters.community')}</label>
        <select
          id={`${id}-community`}
          value={value.communityId ?? ''}
          onChange={(event) => onChange({ ...value, communityId: event.target.value || null })}
        >
          <option value="">{t('filters.allCommunities')}</option>
          {value.communityId && !communities.some((c) => c.id === value.communityId) ? (
            <option value={value.communityId}>{t('filters.chosenCommunity')}</option>
          ) : null}
          {communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </span>
      {filtered ? (
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => onChange({ department: null, communityId: null })}
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </fieldset>
  );
}
