import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextField } from '@outloud/web-ui';
import { useState } from 'react';
import type { UserRole, UserStatus } from '../generated/graphql';
import { usePageTitle } from '../app/layout/use-page-title';
import { AdminOnly } from '../modules/admin/components/admin-only';
import { CommunitiesAwaitingOwner } from '../modules/admin/components/communities-awaiting-owner';
import { PeopleTable } from '../modules/admin/components/people-table';
import { SelectField } from '../modules/admin/components/select-field';
import {
  AdminPeopleQuery,
  PeopleDepartmentsQuery,
} from '../modules/admin/graphql/admin.operations';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { useDebouncedValue } from '../modules/search/hooks/use-debounced-value';

const ROLES: readonly UserRole[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
const STATUSES: readonly UserStatus[] = ['ACTIVE', 'DEACTIVATED'];

/**
 * Admins find people (by name, department, role, status; with when they were last active) and
 * change their role or deactivate and reactivate their account.
 */
export function AdminPeoplePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('people.title'));
  return (
    <AdminOnly>
      <PeopleAdministration />
    </AdminOnly>
  );
}

function PeopleAdministration() {
  const { t } = useTranslation('admin');
  const viewer = useCurrentViewer();
  const [search, setSearch] = useState('');
  const [department, setDepartment] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const query = useDebouncedValue(search.trim(), 250);
  const { data, loading, error, fetchMore } = useQuery(AdminPeopleQuery, {
    variables: {
      filter: {
        query: query || null,
        department: department || null,
        role: role || null,
        status: status || null,
      },
    },
  });
  const departments = useQuery(PeopleDepartmentsQuery).data?.peopleDepartments ?? [];
  const [outcome, setOutcome] = useState<{ message: string; failed: boolean } | null>(null);
  const people = data?.people.nodes ?? [];
  const any = t('people.filterAny');
  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('people.title')}</h1>
        <p className="muted">{t('people.intro')}</p>
      </header>
      <div className="admin-filters" role="search" aria-label={t('people.filters')}>
        <TextField
          label={t('people.search')}
          hint={t('people.searchHint')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label={t('people.department')}
          value={department}
          onChange={(event) => setDepartment(event.target.value)}
          options={[{ value: '', label: any }, ...departments.map((d) => ({ value: d, label: d }))]}
        />
        <SelectField
          label={t('people.role')}
          value={role}
          onChange={(event) => setRole(event.target.value as UserRole | '')}
          options={[
            { value: '', label: any },
            ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
          ]}
        />
        <SelectField
          label={t('people.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as UserStatus | '')}
          options={[
            { value: '', label: any },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </div>
      <p role="status" className="composer__status">
        {outcome && !outcome.failed ? outcome.message : ''}
      </p>
      {outcome?.failed ? (
        <Alert tone="error" title={t('people.failed')}>
          <p>{outcome.message}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" title={t('people.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      {loading && !data ? (
        <Spinner label={t('people.loading')} />
      ) : people.length === 0 ? (
        <p className="muted">{t('people.none')}</p>
      ) : (
        <PeopleTable
          people={people}
          viewerId={viewer.id}
          onOutcome={(message, failed = false) => setOutcome({ message, failed })}
        />
      )}
      {data?.people.pageInfo.hasNextPage ? (
        <div>
          <Button
            variant="secondary"
            onClick={() => void fetchMore({ variables: { after: data.people.pageInfo.endCursor } })}
          >
            {t('people.more')}
          </Button>
        </div>
      ) : null}
      <CommunitiesAwaitingOwner
        onOutcome={(message, failed = false) => setOutcome({ message, failed })}
      />
    </div>
  );
}
