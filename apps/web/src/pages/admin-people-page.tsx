import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextField } from '@outloud/web-ui';
import { useState } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';
import { AdminOnly } from '../modules/admin/components/admin-only';
import { PeopleTable } from '../modules/admin/components/people-table';
import { AdminPeopleQuery } from '../modules/admin/graphql/admin.operations';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { useDebouncedValue } from '../modules/search/hooks/use-debounced-value';

/** Admins find people and change their role or deactivate and reactivate their account. */
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
  const query = useDebouncedValue(search.trim(), 250);
  const { data, loading, error, fetchMore } = useQuery(AdminPeopleQuery, {
    variables: { query: query || null },
  });
  const [outcome, setOutcome] = useState<{ message: string; failed: boolean } | null>(null);
  const people = data?.users.nodes ?? [];
  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('people.title')}</h1>
        <p className="muted">{t('people.intro')}</p>
      </header>
      <TextField
        label={t('people.search')}
        hint={t('people.searchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
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
      {data?.users.pageInfo.hasNextPage ? (
        <div>
          <Button
            variant="secondary"
            onClick={() => void fetchMore({ variables: { after: data.users.pageInfo.endCursor } })}
          >
            {t('people.more')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
