import { useMutation } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Avatar, Badge, Button, ConfirmDialog } from '@outloud/web-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CommunityMemberFieldsFragment } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  ApproveJoinRequestMutation,
  RejectJoinRequestMutation,
  RemoveCommunityMemberMutation,
  SetCommunityRoleMutation,
} from '../graphql/communities.operations';

const REFETCH = { refetchQueries: ['CommunityPage'] };

export interface MembersPanelProps {
  communityId: string;
  communityName: string;
  members: readonly CommunityMemberFieldsFragment[];
  hasMore: boolean;
  viewerId: string;
  /** Owners manage members. */
  canManage: boolean;
}

export function MembersPanel({
  communityId,
  communityName,
  members,
  hasMore,
  viewerId,
  canManage,
}: MembersPanelProps) {
  const { t } = useTranslation('communities');
  const [removing, setRemoving] = useState<CommunityMemberFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [remove, removeState] = useMutation(RemoveCommunityMemberMutation, REFETCH);
  const [setRole, roleState] = useMutation(SetCommunityRoleMutation, REFETCH);
  // Owners first, as the API sends them; keep that order even if a page comes back mixed.
  const sorted = [...members].sort(
    (a, b) => Number(b.role === 'OWNER') - Number(a.role === 'OWNER'),
  );

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setProblem(toFormErrors(error, []).message);
    }
  };

  return (
    <section className="card stack-sm" aria-labelledby="community-members">
      <h2 id="community-members" className="card__title">
        {t('members.title')}
      </h2>
      {problem ? (
        <Alert tone="error" title={t('members.error')}>
          <p>{problem}</p>
        </Alert>
      ) : null}
      <ul className="member-list">
        {sorted.map((member) => {
          const self = member.user.id === viewerId;
          return (
            <li key={member.user.id} className="member-list__item">
              <Avatar
                name={member.user.displayName}
                src={member.user.avatarUrl}
                size="sm"
                labelled={false}
              />
              <span className="member-list__text">
                <Link to={`/people/${member.user.handle}`}>{member.user.displayName}</Link>
                <span className="muted small">
                  {t('members.handle', { handle: member.user.handle })}
                </span>
              </span>
              {member.role === 'OWNER' ? <Badge tone="info">{t('members.owner')}</Badge> : null}
              {canManage && !self ? (
                <span className="member-list__actions">
                  <Button
                    variant="ghost"
                    size="sm"
                    busy={roleState.loading}
                    onClick={() =>
                      void run(
                        () =>
                          setRole({
                            variables: {
                              communityId,
                              userId: member.user.id,
                              role: member.role === 'OWNER' ? 'MEMBER' : 'OWNER',
                            },
                          }),
                        member.role === 'OWNER'
                          ? t('members.nowMember', { name: member.user.displayName })
                          : t('members.nowOwner', { name: member.user.displayName }),
                      )
                    }
                  >
                    {member.role === 'OWNER' ? t('members.makeMember') : t('members.makeOwner')}
                    <span className="ol-visually-hidden">
                      {t('members.who', { name: member.user.displayName })}
                    </span>
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setRemoving(member)}>
                    {t('members.remove')}
                    <span className="ol-visually-hidden">
                      {t('members.removeWho', { name: member.user.displayName })}
                    </span>
                  </Button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {hasMore ? (
        <p className="muted small">{t('members.showingFirst', { count: members.length })}</p>
      ) : null}
      <p role="status" className="small muted">
        {status}
      </p>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.removeTitle', { name: removing?.user.displayName ?? '' })}
        confirmLabel={t('members.remove')}
        danger
        busy={removeState.loading}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const member = removing;
          if (!member) return;
          void run(
            () => remove({ variables: { communityId, userId: member.user.id } }),
            t('members.removed', { name: member.user.displayName }),
          ).then(() => setRemoving(null));
        }}
      >
        <p>{t('members.removeBody', { community: communityName })}</p>
      </ConfirmDialog>
    </section>
  );
}

export function JoinRequestsPanel({
  communityId,
  requests,
}: {
  communityId: string;
  requests: readonly CommunityMemberFieldsFragment[];
}) {
  const { t } = useTranslation('communities');
  const format = useFormat();
  const [approve, approveState] = useMutation(ApproveJoinRequestMutation, REFETCH);
  const [reject, rejectState] = useMutation(RejectJoinRequestMutation, REFETCH);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const pending = requests.filter((request) => request.state === 'REQUESTED');
  const invited = requests.filter((request) => request.state === 'INVITED');

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setProblem(toFormErrors(error, []).message);
    }
  };

  return (
    <section className="card stack-sm" aria-labelledby="community-requests">
      <h2 id="community-requests" className="card__title">
        {t('requests.title')}
      </h2>
      {problem ? (
        <Alert tone="error" title={t('requests.error')}>
          <p>{problem}</p>
        </Alert>
      ) : null}
      {pending.length === 0 ? <p className="muted small">{t('requests.none')}</p> : null}
      {pending.length > 0 ? (
        <ul className="member-list">
          {pending.map((request) => (
            <li key={request.user.id} className="member-list__item">
              <Avatar
                name={request.user.displayName}
                src={request.user.avatarUrl}
                size="sm"
                labelled={false}
              />
              <span className="member-list__text">
                <Link to={`/people/${request.user.handle}`}>{request.user.displayName}</Link>
              </span>
              <span className="member-list__actions">
                <Button
                  size="sm"
                  busy={approveState.loading}
                  onClick={() =>
                    void run(
                      () => approve({ variables: { communityId, userId: request.user.id } }),
                      t('requests.joined', { name: request.user.displayName }),
                    )
                  }
                >
                  {t('requests.approve')}
                  <span className="ol-visually-hidden">
                    {t('requests.who', { name: request.user.displayName })}
                  </span>
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  busy={rejectState.loading}
                  onClick={() =>
                    void run(
                      () => reject({ variables: { communityId, userId: request.user.id } }),
                      t('requests.declined', { name: request.user.displayName }),
                    )
                  }
                >
                  {t('requests.reject')}
                  <span className="ol-visually-hidden">
                    {t('requests.who', { name: request.user.displayName })}
                  </span>
                </Button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {invited.length > 0 ? (
        <p className="muted small">
          {t('requests.invited', { names: format.list(invited.map((i) => i.user.displayName)) })}
        </p>
      ) : null}
      <p role="status" className="small muted">
        {status}
      </p>
    </section>
  );
}
