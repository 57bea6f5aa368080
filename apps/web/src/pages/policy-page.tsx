import { useMutation, useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, EmptyState, ShieldIcon, Spinner } from '@outloud/web-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import {
  AcknowledgeContentPolicyMutation,
  ContentPolicyQuery,
} from '../modules/policy/graphql/policy.operations';
import '../modules/policy/components/policy.css';

/** The one-page content policy, readable by everyone, with where the viewer stands. */
export function PolicyPage() {
  const { t } = useTranslation('moderation');
  const format = useFormat();
  const viewer = useCurrentViewer();
  usePageTitle(t('policy.page.title'));
  const { data, loading, error } = useQuery(ContentPolicyQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [acknowledge, ackState] = useMutation(AcknowledgeContentPolicyMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  if (loading && !data) {
    return (
      <div className="center-block">
        <Spinner size="lg" label={t('policy.page.loading')} />
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="page">
        <h1>{t('policy.page.title')}</h1>
        <Alert tone="error" title={t('policy.page.loadFailed')}>
          <p>{toFormErrors(error, []).message}</p>
        </Alert>
      </div>
    );
  }
  const status_ = data?.contentPolicy;
  const current = status_?.current ?? null;
  const adminLink =
    viewer.role === 'ADMIN' ? (
      <p>
        <Link to="/admin/policy">{t('policy.page.edit')}</Link>
      </p>
    ) : null;
  if (!current) {
    return (
      <div className="page stack">
        <EmptyState
          headingLevel={1}
          icon={<ShieldIcon size={28} />}
          title={t('policy.page.noneTitle')}
          description={<p>{t('policy.page.noneText')}</p>}
        />
        {adminLink}
      </div>
    );
  }
  const accept = async () => {
    setProblem(null);
    try {
      await acknowledge({ variables: { version: current.version } });
      setStatus(t('policy.page.accepted'));
    } catch (caught) {
      setProblem(toFormErrors(caught, []).message);
    }
  };
  return (
    <div className="page stack-lg">
      <header className="stack-sm">
        <h1>{t('policy.page.title')}</h1>
        <p className="muted">
          {t('policy.page.version', {
            version: current.version,
            when: format.date(new Date(current.publishedAt)),
          })}
        </p>
      </header>
      <article
        className="card prose policy-text"
        aria-label={t('policy.page.title')}
        dangerouslySetInnerHTML={{ __html: current.html }}
      />
      <section className="card stack-sm" aria-labelledby="policy-standing">
        <h2 id="policy-standing" className="card__title">
          {t('policy.page.standing')}
        </h2>
        {status_?.mustAcknowledge ? (
          <>
            <p>{t('policy.page.mustAccept')}</p>
            <div>
              <Button busy={ackState.loading} onClick={() => void accept()}>
                {t('policy.gate.accept')}
              </Button>
            </div>
          </>
        ) : (
          <p>
            {t('policy.page.youAccepted', { version: status_?.viewerAcknowledgedVersion ?? 0 })}
          </p>
        )}
        <p role="status" className="composer__status">
          {status}
        </p>
        {problem ? (
          <p className="ol-field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </section>
      {adminLink}
    </div>
  );
}
