import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS_MODERATION } from '@outloud/contracts';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextArea } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';
import { AdminOnly } from '../modules/admin/components/admin-only';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import {
  ContentPolicyVersionsQuery,
  PublishContentPolicyMutation,
} from '../modules/policy/graphql/policy.operations';
import { PolicyVersionCard } from '../modules/policy/components/policy-version-card';
import '../modules/policy/components/policy.css';

/** Admins write the policy in Markdown; every save is a new version with a change note. */
export function AdminPolicyPage() {
  const { t } = useTranslation('moderation');
  usePageTitle(t('policy.admin.title'));
  return (
    <AdminOnly>
      <PolicyEditor />
    </AdminOnly>
  );
}

function PolicyEditor() {
  const { t } = useTranslation('moderation');
  const format = useFormat();
  const { data, loading, error } = useQuery(ContentPolicyVersionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const versions = data?.contentPolicyVersions ?? [];
  const latest = versions[0] ?? null;
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; message: string | null }>({
    fields: {},
    message: null,
  });
  const [status, setStatus] = useState('');
  const [publish, publishState] = useMutation(PublishContentPolicyMutation, {
    refetchQueries: ['ContentPolicyVersions', 'ContentPolicy'],
    awaitRefetchQueries: true,
  });
  const markdown = draft ?? latest?.markdown ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (markdown.trim() === '') {
      setErrors({ fields: { markdown: t('policy.admin.emptyPolicy') }, message: null });
      return;
    }
    try {
      const result = await publish({
        variables: { input: { markdown, changeNote: note.trim() || null } },
      });
      setErrors({ fields: {}, message: null });
      setDraft(null);
      setNote('');
      setStatus(
        t('policy.admin.published', { version: result.data?.publishContentPolicy.version ?? 0 }),
      );
    } catch (caught) {
      const found = toFormErrors(caught, ['markdown', 'changeNote']);
      setErrors({ fields: found.fields as Record<string, string>, message: found.message });
    }
  };

  if (loading && !data) {
    return (
      <div className="center-block">
        <Spinner size="lg" label={t('policy.admin.loading')} />
      </div>
    );
  }
  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('policy.admin.title')}</h1>
        <p className="muted">{t('policy.admin.intro')}</p>
      </header>
      {error ? (
        <Alert tone="error" title={t('policy.admin.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      ) : null}
      <form className="card stack" noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="card__title">
          {latest
            ? t('policy.admin.editTitle', {
                version: latest.version,
                when: format.date(new Date(latest.publishedAt)),
              })
            : t('policy.admin.firstTitle')}
        </h2>
        {errors.message ? (
          <Alert tone="error" title={t('policy.admin.publishFailed')}>
            <p>{errors.message}</p>
          </Alert>
        ) : null}
        <TextArea
          label={t('policy.admin.markdown')}
          hint={t('policy.admin.markdownHint')}
          rows={14}
          required
          value={markdown}
          maxLength={LIMITS_MODERATION.policyMarkdown}
          error={errors.fields['markdown']}
          onChange={(event) => setDraft(event.target.value)}
        />
        <TextArea
          label={t('policy.admin.changeNote')}
          hint={t('policy.admin.changeNoteHint')}
          rows={2}
          value={note}
          maxLength={500}
          showCount
          error={errors.fields['changeNote']}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={publishState.loading}>
            {t('policy.admin.publish')}
          </Button>
        </div>
        <p role="status" className="composer__status">
          {status}
        </p>
      </form>
      <section className="stack" aria-labelledby="policy-versions">
        <h2 id="policy-versions" className="section-title">
          {t('policy.admin.versions')}
        </h2>
        {versions.length === 0 ? (
          <p className="muted">{t('policy.admin.noVersions')}</p>
        ) : (
          <ol className="policy-versions">
            {versions.map((version) => (
              <li key={version.version}>
                <PolicyVersionCard version={version} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
