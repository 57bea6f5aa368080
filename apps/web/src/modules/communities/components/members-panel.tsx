import { useMutation } from '@apollo/client/react';
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
        Members
      </h2>
      {problem ? (
        <Alert tone="error" title="Could not change the membership">
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
                <span className="muted small"> @{member.user.handle}</span>
              </span>
              {member.role === 'OWNER' ? <Badge tone="info">Owner</Badge> : null}
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
                          ? `${member.user.displayName} is now a member.`
                          : `${member.user.displayName} is now an owner.`,
                      )
                    }
                  >
                    {member.role === 'OWNER' ? 'Make member' : 'Make owner'}
                    <span className="ol-visually-hidden"> ({member.user.displayName})</span>
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setRemoving(member)}>
                    Remove
                    <span className="ol-visually-hidden"> {member.user.displayName}</span>
                  </Button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {hasMore ? <p className="muted small">Showing the first {members.length}.</p> : null}
      <p role="status" className="small muted">
        {status}
      </p>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.user.displayName ?? ''}?`}
        confirmLabel="Remove"
        danger
        busy={removeState.loading}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const member = removing;
          if (!member) return;
          void run(
            () => remove({ variables: { communityId, userId: member.user.id } }),
            `Removed ${member.user.displayName}.`,
          ).then(() => setRemoving(null));
        }}
      >
        <p>They leave {communityName}. They can ask to join again, or be invited again.</p>
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
        Pending requests
      </h2>
      {problem ? (
        <Alert tone="error" title="Could not answer the request">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {pending.length === 0 ? <p className="muted small">No one is waiting to join.</p> : null}
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
                      `${request.user.displayName} joined.`,
                    )
                  }
                >
                  Approve
                  <span className="ol-visually-hidden"> {request.user.displayName}</span>
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  busy={rejectState.loading}
                  onClick={() =>
                    void run(
                      () => reject({ variables: { communityId, userId: request.user.id } }),
                      `Declined ${request.user.displayName}’s request.`,
                    )
                  }
                >
                  Reject
                  <span className="ol-visually-hidden"> {request.user.displayName}</span>
                </Button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {invited.length > 0 ? (
        <p className="muted small">
          Invited, not yet answered: {invited.map((i) => i.user.displayName).join(', ')}
        </p>
      ) : null}
      <p role="status" className="small muted">
        {status}
      </p>
    </section>
  );
}
