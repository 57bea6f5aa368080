import '../../admin/components/admin.css';
import './tokens.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  CreateScimTokenMutation,
  RevokeScimTokenMutation,
  ScimTokensQuery,
} from '../graphql/tokens.operations';
import { RevokeTokenButton } from './revoke-token-button';
import { SecretOnce } from './secret-once';
import { TokenStatus } from './token-status';

/**
 * Bearer tokens for the HR directory's SCIM client (Entra ID, Okta): create one (its secret is
 * shown once, with the endpoint to paste beside it), see each with its last use, revoke.
 */
export function ScimTokensPanel() {
  const { t } = useTranslation('tokens');
  const format = useFormat();
  const { data, loading, error } = useQuery(ScimTokensQuery);
  const [create, createState] = useMutation(CreateScimTokenMutation, {
    refetchQueries: ['ScimTokens'],
  });
  const [revoke, revokeState] = useMutation(RevokeScimTokenMutation);
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<{
    fields: Partial<Record<'name', string>>;
    message: string | null;
  }>({ fields: {}, message: null });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState('');
  const endpoint = `${window.location.origin}/scim/v2`;
  const tokens = data?.scimTokens ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!name.trim()) {
      setProblems({ fields: { name: t('scim.nameMissing') }, message: null });
      return;
    }
    try {
      const result = await create({ variables: { name: name.trim() } });
      const made = result.data?.createScimToken;
      if (made) setCreated({ name: made.scimToken.name, token: made.token });
      setProblems({ fields: {}, message: null });
      setName('');
    } catch (caught) {
      setProblems(toFormErrors(caught, ['name']));
    }
  };

  const revokeToken = async (id: string, tokenName: string) => {
    try {
      await revoke({ variables: { id } });
      setStatus(t('scim.revoked', { name: tokenName }));
    } catch (caught) {
      setProblems({ fields: {}, message: toFormErrors(caught, []).message });
    }
  };

  return (
    <div className="stack-lg">
      <p className="token-endpoint">
        {t('scim.endpoint')} <code>{endpoint}</code>
      </p>
      {created ? (
        <SecretOnce
          title={t('scim.createdTitle', { name: created.name })}
          secret={created.token}
          onDone={() => setCreated(null)}
        >
          <p className="muted small">{t('scim.howToUse', { endpoint })}</p>
        </SecretOnce>
      ) : null}
      <form className="card stack" noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="card__title">{t('scim.createTitle')}</h2>
        {problems.message ? (
          <Alert tone="error" title={t('failed')}>
            <p>{problems.message}</p>
          </Alert>
        ) : null}
        <TextField
          label={t('scim.name')}
          hint={t('scim.nameHint')}
          required
          maxLength={100}
          value={name}
          error={problems.fields.name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={createState.loading}>
            {t('scim.create')}
          </Button>
        </div>
      </form>
      <p role="status" className="composer__status">
        {status}
      </p>
      <section className="stack" aria-labelledby="scim-tokens-list">
        <h2 id="scim-tokens-list" className="section-title">
          {t('scim.listTitle')}
        </h2>
        {error ? (
          <Alert tone="error" title={t('loadFailed')}>
            <p>{toFormErrors(error, []).message}</p>
          </Alert>
        ) : loading && !data ? (
          <Spinner label={t('loading')} />
        ) : tokens.length === 0 ? (
          <p className="muted">{t('scim.none')}</p>
        ) : (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="ol-visually-hidden">{t('scim.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('column.name')}</th>
                  <th scope="col">{t('column.created')}</th>
                  <th scope="col">{t('column.lastUsed')}</th>
                  <th scope="col">{t('column.status')}</th>
                  <th scope="col">{t('column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{format.date(new Date(token.createdAt))}</td>
                    <td>
                      {token.lastUsedAt
                        ? format.dateTime(new Date(token.lastUsedAt))
                        : t('neverUsed')}
                    </td>
                    <td>
                      <TokenStatus token={token} />
                    </td>
                    <td>
                      {token.revokedAt ? null : (
                        <RevokeTokenButton
                          name={token.name}
                          busy={revokeState.loading}
                          consequence={t('scim.revokeConsequence')}
                          onRevoke={() => revokeToken(token.id, token.name)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
