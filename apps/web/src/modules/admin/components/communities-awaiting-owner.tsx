import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CommunitiesAwaitingOwnerQuery as Awaiting } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  AssignCommunityOwnerMutation,
  CommunitiesAwaitingOwnerQuery,
} from '../graphql/admin.operations';

type Item = Awaiting['communitiesAwaitingOwner'][number];

/**
 * Communities whose owners have all left and that no active member could take over: admins
 * name the new owner (by handle).
 */
export function CommunitiesAwaitingOwner({
  onOutcome,
}: {
  onOutcome: (message: string, failed?: boolean) => void;
}) {
  const { t } = useTranslation('admin');
  const { data, refetch } = useQuery(CommunitiesAwaitingOwnerQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.communitiesAwaitingOwner ?? [];
  return (
    <section className="card stack" aria-labelledby="awaiting-owner-title">
      <h2 id="awaiting-owner-title" className="card__title">
        {t('handover.communitiesTitle')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('handover.communitiesNone')}</p>
      ) : (
        <>
          <p className="muted">{t('handover.communitiesIntro')}</p>
          <ul className="awaiting-owner">
            {items.map((item) => (
              <AwaitingCommunity
                key={item.community.id}
                item={item}
                onAssigned={(message) => {
                  onOutcome(message);
                  void refetch();
                }}
                onFailed={(message) => onOutcome(message, true)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AwaitingCommunity({
  item,
  onAssigned,
  onFailed,
}: {
  item: Item;
  onAssigned: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  const { t } = useTranslation('admin');
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [assign, assigning] = useMutation(AssignCommunityOwnerMutation);
  const { community } = item;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const to = handle.trim().replace(/^@/, '');
    if (!to) {
      setError(t('handover.handleMissing'));
      return;
    }
    try {
      await assign({ variables: { communityId: community.id, handle: to } });
      onAssigned(t('handover.ownerAssigned', { name: community.name, handle: to }));
    } catch (caught) {
      const message = toFormErrors(caught, []).message ?? t('people.failed');
      setError(message);
      onFailed(message);
    }
  };

  return (
    <li className="awaiting-owner__item">
      <p>
        <Link to={`/c/${community.slug}`}>{community.name}</Link>{' '}
        <span className="muted">
          {t('handover.members', { count: community.memberCount })}
          {item.formerOwners.length > 0
            ? ` · ${t('handover.formerOwners', {
                names: item.formerOwners.map((p) => p.displayName).join(', '),
              })}`
            : null}
        </span>
      </p>
      <form className="awaiting-owner__form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('handover.newOwnerOf', { name: community.name })}
          hint={t('handover.newOwnerHint')}
          error={error ?? undefined}
          autoComplete="off"
          value={handle}
          onChange={(event) => {
            setHandle(event.target.value);
            setError(null);
          }}
        />
        <Button type="submit" size="sm" busy={assigning.loading}>
          {t('handover.makeOwner')}
        </Button>
      </form>
    </li>
  );
}
