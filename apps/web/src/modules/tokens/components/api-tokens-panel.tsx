import '../../admin/components/admin.css';
import './tokens.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Spinner, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import type { ApiTokenScope } from '../../../generated/graphql';
import { SelectField } from '../../admin/components/select-field';
import { useCurrentViewer } from '../../auth/hooks/viewer-context';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
} from '../graphql/tokens.operations';
import { ACCESS_LEVELS, EXPIRY_CHOICES, type AccessLevel } from '../utils/token-state';
import { RevokeTokenButton } from './revoke-token-button';
import { SecretOnce } from './secret-once';
import { TokenStatus } from './token-status';

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;

/**
 * Personal API tokens for scripts: create one with an access level and an expiry (its secret is
 * shown once), see each with its last use, revoke.
 */
export function ApiTokensPanel() {
  const { t } = useTranslation('tokens');
  const format = useFormat();
  const viewer = useCurrentViewer();
  const { data, loading, error } = useQuery(ApiTokensQuery);
  const [create, createState] = useMutation(CreateApiTokenMutation, {
    refetchQueries: ['ApiTokens'],
  });
  const [revoke, revokeState] = useMutation(RevokeApiTokenMutation);
  const [name, setName] = useState('');
  const [access, setAccess] = useState<AccessLevel>('read');
  const [days, setDays] = useState<number>(30);
  const [problems, setProblems] = useState<{
    fields: Partial<Record<(typeof FIELDS)[number], string>>;
    message: string | null;
  }>({ fields: {}, message: null });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState('');
  const levels: AccessLevel[] =
    viewer.role === 'ADMIN' ? ['read', 'write', 'admin'] : ['read', 'write'];
  const tokens = data?.apiTokens ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!name.trim()) {
      setProblems({ fields: { name: t('api.nameMissing') }, message: null });
      return;
    }
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            scopes: [...ACCESS_LEVELS[access]] as ApiTokenScope[],
            expiresInDays: days,
          },
        },
      });
      const made = result.data?.createApiToken;
      if (made) setCreated({ name: made.apiToken.name, token: made.token });
      setProblems({ fields: {}, message: null });
      setName('');
    } catch (caught) {
      setProblems(toFormErrors(caught, FIELDS));
    }
  };

  const revokeToken = async (id: string, tokenName: string) => {
    try {
      await revoke({ variables: { id } });
      setStatus(t('api.revoked', { name: tokenName }));
    } catch (caught) {
      setProblems({ fields: {}, message: toFormErrors(caught, []).message });
    }
  };

  return (
    <div className="stack-lg">
      {created ? (
        <SecretOnce
          title={t('api.createdTitle', { name: created.name })}
          secret={created.token}
          onDone={() => setCreated(null)}
        >
          <p className="muted small">{t('api.howToUse')}</p>
        </SecretOnce>
      ) : null}
      <form className="card stack" noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="card__title">{t('api.createTitle')}</h2>
        {problems.message ? (
          <Alert tone="error" title={t('failed')}>
            <p>{problems.message}</p>
          </Alert>
        ) : null}
        <TextField
          label={t('api.name')}
          hint={t('api.nameHint')}
          required
          maxLength={100}
          value={name}
          error={problems.fields.name}
          onChange={(event) => setName(event.target.value)}
        />
        <fieldset className="token-access">
          <legend className="ol-field__label">{t('api.access')}</legend>
          {levels.map((level) => (
            <label key={level} className="token-access__option">
              <input
                type="radio"
                name="token-access"
                value={level}
                checked={access === level}
                onChange={() => setAccess(level)}
              />
              <span>
                {t(`api.level.${level}`)}
                <span className="muted small"> — {t(`api.levelHint.${level}`)}</span>
              </span>
            </label>
          ))}
          {problems.fields.scopes ? (
            <p className="ol-field__error">{problems.fields.scopes}</p>
          ) : null}
        </fieldset>
        <SelectField
          label={t('api.expiry')}
          value={String(days)}
          onChange={(event) => setDays(Number(event.target.value))}
          options={EXPIRY_CHOICES.map((d) => ({
            value: String(d),
            label: t('api.days', { count: d }),
          }))}
        />
        <div className="form-actions">
          <Button type="submit" busy={createState.loading}>
            {t('api.create')}
          </Button>
        </div>
      </form>
      <p role="status" className="composer__status">
        {status}
      </p>
      <section className="stack" aria-labelledby="api-tokens-list">
        <h2 id="api-tokens-list" className="section-title">
          {t('api.listTitle')}
        </h2>
        {error ? (
          <Alert tone="error" title={t('loadFailed')}>
            <p>{toFormErrors(error, []).message}</p>
          </Alert>
        ) : loading && !data ? (
          <Spinner label={t('loading')} />
        ) : tokens.length === 0 ? (
          <p className="muted">{t('api.none')}</p>
        ) : (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="ol-visually-hidden">{t('api.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('column.name')}</th>
                  <th scope="col">{t('column.access')}</th>
                  <th scope="col">{t('column.created')}</th>
                  <th scope="col">{t('column.expires')}</th>
                  <th scope="col">{t('column.lastUsed')}</th>
                  <th scope="col">{t('column.status')}</th>
                  <th scope="col">{t('column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{format.list(token.scopes.map((s) => t(`scope.${s}`)))}</td>
                    <td>{format.date(new Date(token.createdAt))}</td>
                    <td>{format.date(new Date(token.expiresAt))}</td>
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
                          consequence={t('api.revokeConsequence')}
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
